using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace ImportExport.Inventory
{
    /// <summary>
    /// The rules of an MGN inventory file (the user guide's import page, the 2020-02-26 model), applied to a whole
    /// file: every problem is reported, each with the row and column it concerns. Rows with a problem are rejected
    /// (VALIDATION_ERROR); the other rows are what an import applies, in file order. One rule set: the module's
    /// Test-MGNImportFile and the emulator's StartImport both call <see cref="Check(byte[])"/>.
    /// </summary>
    public static class InventoryChecker
    {
        /// <summary>At most this many servers in one application.</summary>
        public const int MaxServersPerApplication = 200;

        public const int MaxTagsPerResource = 50;
        public const int MaxNameLength = 256;
        public const int MaxDescriptionLength = 600;
        public const int MaxTagLength = 256;

        /// <summary>
        /// The largest inventory file checked or imported: 32 MiB. The service documents no limit. The reasoning: a
        /// check holds the whole file and, for a wrong file, a problem a row, so a file of hundreds of megabytes
        /// (one took 46 s and 3.9 GB) is a mistake to stop before it costs that; and 32 MiB is some 25 times the
        /// bench's 10,000-server file, far more than one import of a wave needs. Split a larger inventory into files.
        /// </summary>
        public const int MaxFileBytes = 32 * 1024 * 1024;

        /// <summary>
        /// The most problems listed for one file; the rest are counted in one last problem (rule TooManyProblems). A
        /// person fixes a file a few dozen problems at a time, and a file wrong on every row (a wrong delimiter, a
        /// shifted column) would otherwise be a problem object a cell.
        /// </summary>
        public const int MaxProblems = 1000;

        /// <summary>
        /// Checks the bytes of an inventory file. The accepted rows (<see cref="InventoryCheck.Rows"/>) are read
        /// from the same array when first asked for, so it must not change until then.
        /// </summary>
        public static InventoryCheck Check(byte[] bytes)
        {
            if (bytes == null)
            {
                throw new ArgumentNullException(nameof(bytes));
            }

            return bytes.Length > MaxFileBytes ? TooLarge(bytes.Length) : Check(bytes, collectRows: false);
        }

        /// <summary>The check of a file of <paramref name="length"/> bytes, more than <see cref="MaxFileBytes"/>: rejected unread.</summary>
        public static InventoryCheck TooLarge(long length) =>
            new InventoryCheck(
                new List<ImportFileProblem> { new ImportFileProblem(0, null, null, InventoryRule.FileTooLarge, InventoryRule.ProcessingError,
                    "The file has " + length.ToString("N0", CultureInfo.InvariantCulture) + " bytes; an inventory file has at most " + MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes (32 MiB), a limit of this module and its emulator (the service documents none): split it into several files.") },
                () => new List<InventoryRow>(),
                fileRejected: true,
                0);

        /// <summary>Checks a parsed CSV document.</summary>
        public static InventoryCheck Check(CsvDocument document) => Check(document, collectRows: false);

        [MethodImpl(HotPath.Optimized)]
        private static InventoryCheck Check(byte[] bytes, bool collectRows)
        {
            try
            {
                var reader = new Utf8CsvReader(bytes);
                var pass = new InventoryPass(collectRows);
                var fields = new List<string>();
                while (reader.Read(fields, out var defect))
                {
                    pass.Add(reader.RecordNumber, reader.Line, fields, defect);
                }

                return pass.Finish(collectRows ? null : (Func<IReadOnlyList<InventoryRow>>)(() => Check(bytes, collectRows: true).Rows));
            }
            catch (NotCsvException ex)
            {
                return NotCsv(ex.Message);
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private static InventoryCheck Check(CsvDocument document, bool collectRows)
        {
            var pass = new InventoryPass(collectRows);
            foreach (var record in document.Records)
            {
                pass.Add(record.RowNumber, record.Line, record.FieldArray, record.Defect);
            }

            return pass.Finish(collectRows ? null : (Func<IReadOnlyList<InventoryRow>>)(() => Check(document, collectRows: true).Rows));
        }

        internal static InventoryCheck NotCsv(string reason) =>
            new InventoryCheck(
                new List<ImportFileProblem> { new ImportFileProblem(0, null, null, InventoryRule.NotCsv, InventoryRule.ProcessingError, "The file is not a CSV inventory file: " + reason + ".") },
                () => new List<InventoryRow>(),
                fileRejected: true,
                0);

        internal static ImportFileProblem Validation(int row, string? column, string? value, string rule, string message) =>
            new ImportFileProblem(row, column, value, rule, InventoryRule.ValidationError, message);
    }
}
