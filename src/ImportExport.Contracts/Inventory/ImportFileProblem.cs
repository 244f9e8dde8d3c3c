namespace ImportExport.Inventory
{
    /// <summary>
    /// One problem of an inventory file, in the shape of a Get-MGNImportError row (RowNumber, ErrorType, RawError)
    /// plus where it is (File, Column, Value) and which rule it breaks (Rule), so one report format serves before
    /// and after an import.
    /// </summary>
    public sealed class ImportFileProblem
    {
        public ImportFileProblem(int rowNumber, string? column, string? value, string rule, string errorType, string rawError)
        {
            RowNumber = rowNumber;
            Column = column;
            Value = value;
            Rule = rule;
            ErrorType = errorType;
            RawError = rawError;
        }

        /// <summary>The file checked (full path); null for bytes that did not come from a file.</summary>
        public string? File { get; set; }

        /// <summary>The row as a spreadsheet shows it (the header 1, blank lines counted, a record across lines one row); 0 for a problem of the whole file.</summary>
        public long RowNumber { get; }

        /// <summary>The line of the file the row starts on: differs from RowNumber after a quoted cell that spans lines; null for a problem of the whole file.</summary>
        public long? Line { get; set; }

        /// <summary>The column concerned (as written in the header), or null.</summary>
        public string? Column { get; }

        public string? Value { get; }

        /// <summary>The rule broken, a stable name (ImportExport.Inventory's InventoryRule).</summary>
        public string Rule { get; }

        /// <summary>VALIDATION_ERROR (the row is rejected before anything is applied) or PROCESSING_ERROR (the file cannot be read, or applying failed).</summary>
        public string ErrorType { get; }

        /// <summary>What is wrong, in words, as the import error's rawError.</summary>
        public string RawError { get; }

        public override string ToString() => $"row {RowNumber}: {RawError}";
    }
}
