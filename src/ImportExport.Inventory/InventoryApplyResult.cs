using System.Collections.Generic;

namespace ImportExport.Inventory
{
    /// <summary>What applying an inventory file did: the import summary's counts, its errors (row order), and each row's changes.</summary>
    public sealed class InventoryApplyResult
    {
        internal InventoryApplyResult(InventoryCounts waves, InventoryCounts applications, InventoryCounts servers, List<InventoryApplyError> errors, List<InventoryChange> changes)
        {
            Waves = waves;
            Applications = applications;
            Servers = servers;
            Errors = errors;
            Changes = changes;
        }

        public InventoryCounts Waves { get; }

        public InventoryCounts Applications { get; }

        public InventoryCounts Servers { get; }

        public IReadOnlyList<InventoryApplyError> Errors { get; }

        public IReadOnlyList<InventoryChange> Changes { get; }
    }
}
