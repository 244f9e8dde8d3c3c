namespace ImportExport.Manifest
{
    /// <summary>
    /// What is wrong with a manifest, in the service's own terms: each kind maps one-to-one onto the error code
    /// AWS Import/Export returns (MalformedManifestException, MissingManifestFieldException, InvalidManifestFieldException).
    /// Test-IEManifest's <see cref="ManifestIssue.Kind"/> carries its name.
    /// </summary>
    public enum ManifestProblemKind
    {
        Malformed,
        MissingField,
        InvalidField,
    }
}
