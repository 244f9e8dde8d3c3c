namespace ImportExport.Inventory
{
    /// <summary>An accepted row of an inventory file: the resources it names, each with what it says about them.</summary>
    public sealed class InventoryRow
    {
        internal InventoryRow(int rowNumber) => RowNumber = rowNumber;

        public int RowNumber { get; private set; }

        /// <summary><c>mgn:account-id</c>, or null for the importing account.</summary>
        public string? AccountId { get; internal set; }

        /// <summary><c>mgn:region</c>, or null for the import's region.</summary>
        public string? Region { get; internal set; }

        public InventoryEntity? Wave { get; internal set; }

        public InventoryEntity? Application { get; internal set; }

        public InventoryEntity? Server { get; internal set; }

        /// <summary>Makes this the row numbered <paramref name="rowNumber"/> with nothing in it (see <see cref="InventoryRowReader"/>).</summary>
        internal void Reset(int rowNumber)
        {
            RowNumber = rowNumber;
            AccountId = null;
            Region = null;
            Wave = null;
            Application = null;
            Server = null;
        }
    }
}
