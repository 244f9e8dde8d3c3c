using System.Collections.Generic;

namespace ImportExport.Inventory
{
    /// <summary>What <see cref="FailedRowFile.Build"/> made of a file and an import's errors.</summary>
    public sealed class FailedRowResult
    {
        internal FailedRowResult(byte[]? bytes, int rowsWritten, IReadOnlyList<string> fileProblems, long? rowBeyondFile, int rowCount)
        {
            Bytes = bytes;
            RowsWritten = rowsWritten;
            FileProblems = fileProblems;
            RowBeyondFile = rowBeyondFile;
            RowCount = rowCount;
        }

        /// <summary>The new file (UTF-8, CRLF), or null when <see cref="RowBeyondFile"/> is set.</summary>
        public byte[]? Bytes { get; }

        /// <summary>How many rows the new file has besides its header.</summary>
        public int RowsWritten { get; }

        /// <summary>What the errors of row 1 (the header) or of no row say: problems of the whole file, not of a row.</summary>
        public IReadOnlyList<string> FileProblems { get; }

        /// <summary>The highest row an error names when the file has fewer rows: the file is not the one the import read.</summary>
        public long? RowBeyondFile { get; }

        /// <summary>How many rows the source file has, the header included.</summary>
        public int RowCount { get; }
    }
}
