using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ImportExport.Inventory
{
    /// <summary>
    /// One pass over the records of an inventory file, header first: a row is checked on its own, then, if it has
    /// no problem, against the rows accepted before it, and dropped. Only what the rules across rows need stays
    /// (one <see cref="MergedResource"/> a resource); the accepted rows themselves are kept only when
    /// <c>collectRows</c> asks for them, since Test-MGNImportFile never reads them and keeping ten thousand rows
    /// alive is what made the garbage collector the largest cost of a check.
    /// </summary>
    internal sealed class InventoryPass
    {
        private readonly List<ImportFileProblem> problems = new List<ImportFileProblem>();
        private readonly InventoryMerger merger;
        private readonly bool collectRows;
        private InventoryRowReader? reader;
        private int headerCount;
        private bool headerRejected;
        private int records;

        public InventoryPass(bool collectRows)
        {
            merger = new InventoryMerger(collectRows);
            this.collectRows = collectRows;
        }

        [MethodImpl(HotPath.Optimized)]
        public void Add(int rowNumber, IReadOnlyList<string> fields, string? defect)
        {
            records++;
            if (rowNumber == 1)
            {
                Header(fields);
                return;
            }

            if (headerRejected)
            {
                return;
            }

            var before = problems.Count;
            if (defect != null)
            {
                problems.Add(InventoryChecker.Validation(rowNumber, null, null, InventoryRule.Quoting, "the row is not valid CSV: " + defect));
            }

            if (fields.Count != headerCount)
            {
                problems.Add(InventoryChecker.Validation(rowNumber, null, null, InventoryRule.FieldCount,
                    $"the row has {fields.Count} field{(fields.Count == 1 ? string.Empty : "s")}, the header {headerCount}"));
            }

            if (problems.Count == before && reader!.Read(rowNumber, fields, problems) is InventoryRow row && problems.Count == before)
            {
                merger.Add(row, problems);
            }
        }

        /// <param name="rows">The accepted rows when this pass did not collect them: asked for on first use.</param>
        public InventoryCheck Finish(Func<IReadOnlyList<InventoryRow>>? rows)
        {
            if (records == 0)
            {
                return InventoryChecker.NotCsv("the file is empty");
            }

            if (headerRejected)
            {
                return new InventoryCheck(problems, () => new List<InventoryRow>(), fileRejected: true, records - 1);
            }

            var accepted = merger.Finish(problems);
            return new InventoryCheck(problems, rows ?? (() => accepted), fileRejected: false, records - 1);
        }

        private void Header(IReadOnlyList<string> header)
        {
            headerCount = header.Count;
            var columns = new InventoryColumn?[header.Count];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var inventoryColumns = 0;
            for (var i = 0; i < header.Count; i++)
            {
                var name = header[i];
                var column = InventoryColumn.Parse(name, out var problem);
                if (column == null)
                {
                    problems.Add(InventoryChecker.Validation(1, name, null, InventoryRule.UnknownColumn, problem!));
                    continue;
                }

                if (column.Target == InventoryTarget.None)
                {
                    continue;
                }

                inventoryColumns++;
                if (!seen.Add(column.Property))
                {
                    problems.Add(InventoryChecker.Validation(1, name, null, InventoryRule.DuplicateColumn, $"{name}: the column appears more than once in the header"));
                    continue;
                }

                columns[i] = column;
            }

            if (inventoryColumns == 0 && problems.Count == 0)
            {
                problems.Add(InventoryChecker.Validation(1, null, null, InventoryRule.NoInventoryColumns, "the header has no mgn: column; the first row of an inventory file names its columns (mgn:wave:name, mgn:app:name, mgn:server:user-provided-id, ...)"));
            }

            // A header with a problem rejects the file; the rest is still read, to tell a file that is not CSV.
            headerRejected = problems.Count > 0;
            reader = new InventoryRowReader(columns, reuse: !collectRows);
        }
    }
}
