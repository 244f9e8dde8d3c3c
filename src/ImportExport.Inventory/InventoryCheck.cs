using System;
using System.Collections.Generic;
using System.Linq;

namespace ImportExport.Inventory
{
    /// <summary>The outcome of checking an inventory file: its problems, in row order, and the rows an import would apply.</summary>
    public sealed class InventoryCheck
    {
        private readonly Lazy<IReadOnlyList<InventoryRow>> rows;

        // The accepted rows are made on first use: a local check never asks for them.
        internal InventoryCheck(List<ImportFileProblem> problems, Func<IReadOnlyList<InventoryRow>> rows, bool fileRejected, int dataRows)
        {
            Problems = problems.OrderBy(p => p.RowNumber).ToList();
            this.rows = new Lazy<IReadOnlyList<InventoryRow>>(rows);
            FileRejected = fileRejected;
            DataRowCount = dataRows;
        }

        public IReadOnlyList<ImportFileProblem> Problems { get; }

        /// <summary>The rows without problems, in file order: what an import applies.</summary>
        public IReadOnlyList<InventoryRow> Rows => rows.Value;

        /// <summary>True when the file as a whole cannot be imported (not CSV, no or a bad header): the import fails.</summary>
        public bool FileRejected { get; }

        /// <summary>The number of records after the header.</summary>
        public int DataRowCount { get; }

        public bool IsValid => Problems.Count == 0;
    }
}
