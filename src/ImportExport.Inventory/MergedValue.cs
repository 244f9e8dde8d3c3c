namespace ImportExport.Inventory
{
    /// <summary>The first value the file gave a property or tag of a resource, with its row (for the conflict messages).</summary>
    internal readonly struct MergedValue
    {
        public MergedValue(string key, bool isTag, string value, int row)
        {
            Key = key;
            IsTag = isTag;
            Value = value;
            Row = row;
        }

        public string Key { get; }

        public bool IsTag { get; }

        public string Value { get; }

        public int Row { get; }
    }
}
