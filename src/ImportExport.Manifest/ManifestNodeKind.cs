namespace ImportExport.Manifest
{
    internal enum ManifestNodeKind
    {
        Scalar,
        Mapping,
        Sequence,
    }
}
