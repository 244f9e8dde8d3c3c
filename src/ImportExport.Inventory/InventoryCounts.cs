namespace ImportExport.Inventory
{
    /// <summary>How many resources of one kind an import created and modified (each counted once per import).</summary>
    public sealed class InventoryCounts
    {
        public InventoryCounts(long created, long modified)
        {
            Created = created;
            Modified = modified;
        }

        public long Created { get; }

        public long Modified { get; }
    }
}
