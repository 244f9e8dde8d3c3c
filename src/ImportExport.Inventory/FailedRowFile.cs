using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ImportExport.Inventory
{
    /// <summary>
    /// The rows of an inventory file that an import rejected, as a new file to fix and import again: the original header
    /// and rows, in file order, with one more column first, <see cref="ProblemColumn"/>, saying what was wrong with each.
    /// The column is not an mgn: column, so the checker and MGN ignore it: the fixed file imports as it stands.
    /// </summary>
    public static class FailedRowFile
    {
        /// <summary>The column that says what was wrong with a row; first, so that it is seen and ragged rows do not shift it.</summary>
        public const string ProblemColumn = "ImportError";

        /// <summary>
        /// Builds the file from <paramref name="source"/> (the bytes the import read) and the import's errors (row number,
        /// what was wrong; the header is row 1). Errors of row 1 or of no row concern the whole file and are returned in
        /// <see cref="FailedRowResult.FileProblems"/>. An error on a row the file does not have means the file is not the
        /// one the import read: nothing is built then, and <see cref="FailedRowResult.RowBeyondFile"/> says which row.
        /// A source that is not CSV throws <see cref="NotCsvException"/>.
        /// </summary>
        public static FailedRowResult Build(byte[] source, IEnumerable<KeyValuePair<long?, string>> errors)
        {
            var document = CsvDocument.Parse(source);
            var rowCount = document.Records.Count == 0 ? 0 : document.Records.Max(r => r.RowNumber);
            var byRow = new SortedDictionary<long, List<string>>();
            var fileProblems = new List<string>();
            foreach (var error in errors)
            {
                if (error.Key is not long row || row <= 1)
                {
                    fileProblems.Add(error.Value);
                    continue;
                }

                if (!byRow.TryGetValue(row, out var problems))
                {
                    byRow[row] = problems = new List<string>();
                }

                problems.Add(error.Value);
            }

            if (byRow.Count > 0 && byRow.Keys.Last() > rowCount)
            {
                return new FailedRowResult(null, 0, fileProblems, byRow.Keys.Last(), rowCount);
            }

            var records = document.Records.ToDictionary(r => (long)r.RowNumber);
            var header = document.Records.Count > 0 && document.Records[0].RowNumber == 1 ? document.Records[0].Fields : Array.Empty<string>();
            var rows = new List<IReadOnlyList<string>>();
            foreach (var row in byRow)
            {
                // A row number the reader counts but holds no record (a blank line) is written as an empty row, still with its reason.
                var fields = records.TryGetValue(row.Key, out var record) ? record.Fields : Array.Empty<string>();
                rows.Add(new[] { string.Join(" | ", row.Value) }.Concat(fields).ToList());
            }

            var bytes = CsvWriter.Write(new[] { ProblemColumn }.Concat(header).ToList(), rows);
            return new FailedRowResult(bytes, rows.Count, fileProblems, null, rowCount);
        }

        /// <summary>What one error says, for the <see cref="ProblemColumn"/>: its type and the service's text.</summary>
        public static string Describe(string? errorType, string? rawError) =>
            string.IsNullOrEmpty(errorType) ? rawError ?? string.Empty : string.Format(CultureInfo.InvariantCulture, "{0}: {1}", errorType, rawError);
    }
}
