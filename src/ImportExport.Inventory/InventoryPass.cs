using System;
using System.Collections.Generic;
using System.Linq;
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
        private readonly List<(int Row, int Extra)> offsets = new List<(int, int)>();
        private InventoryRowReader? reader;
        private int headerCount;
        private int headerRow;
        private bool headerRejected;
        private bool rowsUnreadable;
        private int records;
        private int notListed;
        private int lastOffset;

        public InventoryPass(bool collectRows)
        {
            merger = new InventoryMerger(collectRows);
            this.collectRows = collectRows;
        }

        [MethodImpl(HotPath.Optimized)]
        public void Add(int rowNumber, int line, IReadOnlyList<string> fields, string? defect)
        {
            records++;
            if (records == 1)
            {
                headerRow = rowNumber;
                Header(fields);
                SetLines(0, rowNumber, line);
                return;
            }

            if (rowsUnreadable)
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

            // A row whose fields do not line up with the header cannot be read further; any other row is read whole,
            // so that all its problems are reported together.
            if (problems.Count == before && reader!.Read(rowNumber, fields, problems) is InventoryRow row)
            {
                if (problems.Count == before)
                {
                    merger.Add(row, problems);
                }
                else
                {
                    NameResource(before, row);
                    merger.AddRejected(row, problems);
                }
            }

            if (problems.Count > before)
            {
                SetLines(before, rowNumber, line);
            }

            NoteLines(rowNumber, line);
            if (problems.Count > InventoryChecker.MaxProblems)
            {
                // Past the cap only a count is kept: a file that is wrong on every row must not cost a problem object a cell.
                notListed += problems.Count - InventoryChecker.MaxProblems;
                problems.RemoveRange(InventoryChecker.MaxProblems, problems.Count - InventoryChecker.MaxProblems);
            }
        }

        /// <param name="rows">The accepted rows when this pass did not collect them: asked for on first use.</param>
        public InventoryCheck Finish(Func<IReadOnlyList<InventoryRow>>? rows)
        {
            if (records == 0)
            {
                return InventoryChecker.NotCsv("the file is empty");
            }

            if (rowsUnreadable)
            {
                return new InventoryCheck(problems, () => new List<InventoryRow>(), fileRejected: true, records - 1);
            }

            var before = problems.Count;
            var accepted = merger.Finish(problems);
            for (var i = before; i < problems.Count; i++)
            {
                problems[i].Line = LineOf(problems[i].RowNumber);
            }

            if (problems.Count > InventoryChecker.MaxProblems || notListed > 0)
            {
                var sorted = problems.OrderBy(p => p.RowNumber).ToList();
                notListed += Math.Max(0, sorted.Count - InventoryChecker.MaxProblems);
                problems.Clear();
                problems.AddRange(sorted.Take(InventoryChecker.MaxProblems));
                problems.Add(new ImportFileProblem(0, null, null, InventoryRule.TooManyProblems, InventoryRule.ValidationError,
                    $"the file has more than {InventoryChecker.MaxProblems} problems: the first {InventoryChecker.MaxProblems} are listed, {notListed} more are not (fix those listed and check again)"));
            }

            return new InventoryCheck(problems, rows ?? (() => accepted), fileRejected: headerRejected, records - 1);
        }

        // The problems of a row that says which resource it is about name it, so that a report read away from the
        // file still says where: "(server 'web-01')". Only rows with problems pay for it.
        private void NameResource(int from, InventoryRow row)
        {
            var (what, entity) = row.Server != null && (row.Server.Name ?? row.Server.Id) != null ? ("server", row.Server)
                : row.Application != null && (row.Application.Name ?? row.Application.Id) != null ? ("application", row.Application)
                : row.Wave != null && (row.Wave.Name ?? row.Wave.Id) != null ? ("wave", row.Wave)
                : (null, null);
            if (what == null)
            {
                return;
            }

            var suffix = $" ({what} {InventoryText.Quote(entity!.Name ?? entity.Id)})";
            for (var i = from; i < problems.Count; i++)
            {
                var p = problems[i];
                problems[i] = new ImportFileProblem((int)p.RowNumber, p.Column, p.Value, p.Rule, p.ErrorType, p.RawError + suffix);
            }
        }

        private void SetLines(int from, int rowNumber, int line)
        {
            for (var i = from; i < problems.Count; i++)
            {
                problems[i].Line = line;
            }
        }

        // Rows and lines differ by the line breaks inside quoted cells before a row: kept only where that changes.
        private void NoteLines(int rowNumber, int line)
        {
            if (line - rowNumber != lastOffset)
            {
                lastOffset = line - rowNumber;
                offsets.Add((rowNumber, lastOffset));
            }
        }

        private long LineOf(long row)
        {
            var offset = 0;
            foreach (var (from, extra) in offsets)
            {
                if (from > row)
                {
                    break;
                }

                offset = extra;
            }

            return row + offset;
        }

        private void Header(IReadOnlyList<string> header)
        {
            headerCount = header.Count;
            var columns = new InventoryColumn?[header.Count];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var inventoryColumns = 0;
            if (header.Count == 1 && Delimiter(header[0]) is char other)
            {
                var shown = other == '\t' ? "tabs" : "'" + other + "'";
                problems.Add(InventoryChecker.Validation(headerRow, header[0], header[0], InventoryRule.Delimiter,
                    $"the header is one column, {InventoryText.Quote(header[0])}: its fields are separated by {shown}, and an inventory file separates them with commas (save or export the file as comma-separated)"));
                headerRejected = rowsUnreadable = true;
                reader = new InventoryRowReader(columns, reuse: !collectRows);
                return;
            }

            for (var i = 0; i < header.Count; i++)
            {
                var name = header[i];
                var column = InventoryColumn.Parse(name, out var problem);
                if (column == null)
                {
                    problems.Add(InventoryChecker.Validation(headerRow, name, name, InventoryRule.UnknownColumn, problem!));
                    continue;
                }

                if (column.Target == InventoryTarget.None)
                {
                    continue;
                }

                inventoryColumns++;
                if (!seen.Add(column.Property))
                {
                    problems.Add(InventoryChecker.Validation(headerRow, name, name, InventoryRule.DuplicateColumn, $"{InventoryText.Quote(name)}: the column appears more than once in the header"));
                    continue;
                }

                columns[i] = column;
            }

            if (inventoryColumns == 0 && problems.Count == 0)
            {
                problems.Add(InventoryChecker.Validation(headerRow, null, null, InventoryRule.NoInventoryColumns, "the header has no mgn: column; the first row of an inventory file names its columns (mgn:wave:name, mgn:app:name, mgn:server:user-provided-id, ...)"));
                rowsUnreadable = true;
            }

            // A header with a problem rejects the file (the import fails); the rows are still checked with the columns
            // that could be read, so that one pass reports every problem.
            headerRejected = problems.Count > 0;
            rowsUnreadable |= columns.All(c => c == null);
            reader = new InventoryRowReader(columns, reuse: !collectRows);
        }

        // A header that is one field holding mgn: names and ';' or tabs: a file separated by something else than commas.
        private static char? Delimiter(string field)
        {
            if (field.IndexOf("mgn:", StringComparison.OrdinalIgnoreCase) < 0)
            {
                return null;
            }

            return field.IndexOf(';') >= 0 ? ';' : field.IndexOf('\t') >= 0 ? '\t' : field.IndexOf('|') >= 0 ? '|' : (char?)null;
        }
    }
}
