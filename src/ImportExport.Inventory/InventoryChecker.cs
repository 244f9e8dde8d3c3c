using System;
using System.Collections.Generic;
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
        /// Checks the bytes of an inventory file. The accepted rows (<see cref="InventoryCheck.Rows"/>) are read
        /// from the same array when first asked for, so it must not change until then.
        /// </summary>
        public static InventoryCheck Check(byte[] bytes)
        {
            if (bytes == null)
            {
                throw new ArgumentNullException(nameof(bytes));
            }

            return Check(bytes, collectRows: false);
        }

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
                    pass.Add(reader.RecordNumber, fields, defect);
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
                pass.Add(record.RowNumber, record.FieldArray, record.Defect);
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
