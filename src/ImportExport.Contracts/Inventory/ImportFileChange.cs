namespace ImportExport.Inventory
{
    /// <summary>
    /// One line of Compare-MGNImportFile's preview: a resource the file would create or leave unchanged, one value of a
    /// resource it would modify (a Modify line per changed value, so that every line has the same flat columns for
    /// Format-Table and Export-Csv), or a row the import would refuse, with the reason worded as Test-MGNImportFile and
    /// Get-MGNImportError word it.
    /// </summary>
    public sealed class ImportFileChange
    {
        /// <summary>The inventory file compared (full path).</summary>
        public string? File { get; set; }

        /// <summary>Create, Modify, Unchanged or Fail: the name of an <see cref="ImportFileAction"/>, as every enum value of the output is.</summary>
        public string Action { get; set; } = string.Empty;

        /// <summary>Wave, Application or Server (an <see cref="ImportFileResourceType"/>); null for a Fail line of a row or file the import cannot read as resources.</summary>
        public string? ResourceType { get; set; }

        /// <summary>The wave or application name, or the server's user-provided id.</summary>
        public string? Name { get; set; }

        /// <summary>The resource's id (wave-, app-, s-); null for one the file would create.</summary>
        public string? Id { get; set; }

        /// <summary>The first row about the resource, or the row that fails (0: the whole file).</summary>
        public long RowNumber { get; set; }

        /// <summary>
        /// Modify: the column of the changed value (a property's column, mgn:server:tag:&lt;key&gt; for a tag, mgn:app:name for
        /// a server's application); Fail: the column of the problem, when it has one.
        /// </summary>
        public string? Property { get; set; }

        /// <summary>Modify: the value now; empty when the resource does not have it.</summary>
        public string? CurrentValue { get; set; }

        /// <summary>Modify: the value after the import; empty when the import removes it. Fail: the offending value, when there is one.</summary>
        public string? NewValue { get; set; }

        /// <summary>Fail: what is wrong, in the words of the import error's rawError.</summary>
        public string? Reason { get; set; }

        /// <summary>Fail: VALIDATION_ERROR or PROCESSING_ERROR, as the import would report it.</summary>
        public string? ErrorType { get; set; }

        /// <summary>Fail: the rule broken, a stable name (as Test-MGNImportFile's Rule).</summary>
        public string? Rule { get; set; }

        public override string ToString() => Id ?? Name ?? $"row {RowNumber}";
    }
}
