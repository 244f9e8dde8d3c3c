namespace ImportExport.Inventory
{
    /// <summary>Which resource an inventory column describes.</summary>
    public enum InventoryTarget
    {
        /// <summary>Not an mgn: column: ignored, so that a CMDB export can carry its own columns.</summary>
        None,
        Scope,
        Wave,
        Application,
        Server,
    }
}
