namespace ImportExport.Inventory
{
    /// <summary>
    /// One value an import changes on a resource that exists: the column a file would give it in (a property's,
    /// <c>mgn:wave:tag:&lt;key&gt;</c> for a tag, <c>mgn:app:name</c> for a server's application and
    /// <c>mgn:wave:name</c> for an application's wave, whose values are then the names), its value before and after.
    /// Null is "no value" (a tag or property the resource does not have).
    /// </summary>
    public sealed class InventoryValueChange
    {
        public InventoryValueChange(string column, string? current, string? next)
        {
            Column = column;
            Current = current;
            New = next;
        }

        public string Column { get; }

        public string? Current { get; }

        public string? New { get; }
    }
}
