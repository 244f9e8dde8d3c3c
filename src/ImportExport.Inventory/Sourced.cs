namespace ImportExport.Inventory
{
    /// <summary>A value the file gave a resource, with the row that first gave it (for the conflict messages).</summary>
    internal readonly struct Sourced
    {
        public Sourced(string value, int row)
        {
            Value = value;
            Row = row;
        }

        public string Value { get; }

        public int Row { get; }
    }
}
