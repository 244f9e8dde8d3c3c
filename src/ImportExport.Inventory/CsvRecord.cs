using System.Collections.Generic;

namespace ImportExport.Inventory
{
    /// <summary>One record of a CSV file: its fields and the 1-based line it starts on (the header is row 1).</summary>
    public sealed class CsvRecord
    {
        internal CsvRecord(int rowNumber, string[] fields, string? defect)
        {
            RowNumber = rowNumber;
            FieldArray = fields;
            Defect = defect;
        }

        /// <summary>The record's number, counting the header as 1 and every record (not every line) after it.</summary>
        public int RowNumber { get; }

        public IReadOnlyList<string> Fields => FieldArray;

        internal string[] FieldArray { get; }

        /// <summary>A quoting defect confined to this record (a stray quote), or null.</summary>
        public string? Defect { get; }
    }
}
