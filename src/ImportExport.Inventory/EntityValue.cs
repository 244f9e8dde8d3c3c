namespace ImportExport.Inventory
{
    /// <summary>A property or a tag a row gives a resource (see <see cref="InventoryEntity"/>).</summary>
    internal readonly struct EntityValue
    {
        public EntityValue(string key, string value, bool isTag)
        {
            Key = key;
            Value = value;
            IsTag = isTag;
        }

        /// <summary>The canonical column name of a property, or a tag's key.</summary>
        public string Key { get; }

        public string Value { get; }

        public bool IsTag { get; }
    }
}
