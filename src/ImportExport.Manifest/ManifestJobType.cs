namespace ImportExport.Manifest
{
    /// <summary>The kind of job a manifest describes; the required fields differ between the two.</summary>
    public enum ManifestJobType
    {
        Import,
        Export,
    }
}
