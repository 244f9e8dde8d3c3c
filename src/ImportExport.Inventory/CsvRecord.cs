using System.Collections.Generic;

namespace ImportExport.Inventory
{
    /// <summary>One record of a CSV file: its fields, its row (the header is row 1) and the line it starts on.</summary>
    public sealed class CsvRecord
    {
        internal CsvRecord(int rowNumber, int line, string[] fields, string? defect)
        {
            RowNumber = rowNumber;
            Line = line;
            FieldArray = fields;
            Defect = defect;
        }

        /// <summary>The record's row as a spreadsheet shows it: the header 1, a blank line a row, a record across lines one row.</summary>
        public int RowNumber { get; }

        /// <summary>The line of the file the record starts on.</summary>
        public int Line { get; }

        public IReadOnlyList<string> Fields => FieldArray;

        internal string[] FieldArray { get; }

        /// <summary>A quoting defect confined to this record (a stray quote), or null.</summary>
        public string? Defect { get; }
    }
}
