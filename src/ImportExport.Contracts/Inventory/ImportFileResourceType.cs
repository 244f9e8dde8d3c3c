namespace ImportExport.Inventory
{
    /// <summary>The kind of MGN resource a row of an inventory file describes.</summary>
    public enum ImportFileResourceType
    {
        Wave,
        Application,
        Server,
    }
}
