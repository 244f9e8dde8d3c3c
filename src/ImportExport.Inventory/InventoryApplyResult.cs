using System.Collections.Generic;

namespace ImportExport.Inventory
{
    /// <summary>What applying an inventory file did: the import summary's counts, its errors (row order), and each resource it touched.</summary>
    public sealed class InventoryApplyResult
    {
        internal InventoryApplyResult(InventoryCounts waves, InventoryCounts applications, InventoryCounts servers, List<InventoryApplyError> errors, List<InventoryApplyError> failures, List<InventoryChange> changes)
        {
            Waves = waves;
            Applications = applications;
            Servers = servers;
            Errors = errors;
            Failures = failures;
            Changes = changes;
        }

        public InventoryCounts Waves { get; }

        public InventoryCounts Applications { get; }

        public InventoryCounts Servers { get; }

        public IReadOnlyList<InventoryApplyError> Errors { get; }

        /// <summary>The errors of applying the accepted rows (PROCESSING_ERRORs), without the check's problems.</summary>
        public IReadOnlyList<InventoryApplyError> Failures { get; }

        /// <summary>Each resource the accepted rows touched, once, in the order first touched.</summary>
        public IReadOnlyList<InventoryChange> Changes { get; }
    }
}
