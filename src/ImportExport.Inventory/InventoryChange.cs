namespace ImportExport.Inventory
{
    /// <summary>A resource a row of an applied file created or changed.</summary>
    public sealed class InventoryChange
    {
        public InventoryChange(long rowNumber, InventoryTarget target, string id, string? name, bool created)
        {
            RowNumber = rowNumber;
            Target = target;
            Id = id;
            Name = name;
            Created = created;
        }

        public long RowNumber { get; }

        public InventoryTarget Target { get; }

        public string Id { get; }

        public string? Name { get; }

        /// <summary>True when the row made the resource; false when it updated one that existed.</summary>
        public bool Created { get; }
    }
}
