namespace ImportExport.Tests.Clients;

/// <summary>
/// The sample manifests every test uses (the emulator's, the clients' and the cmdlets'); the import one is
/// tests/samples/import-manifest.yaml (<see cref="SampleManifests"/>), which the peers read too.
/// </summary>
internal static class Manifests
{
    /// <param name="extra">YAML lines appended at the end (optional fields such as <c>logPrefix: logs/</c>).</param>
    public static string Import(string accessKey = "AKIAIOSFODNN7EXAMPLE", string bucket = "my-import-bucket", string deviceId = "49382", string extra = "")
    {
        var text = SampleManifests.WithField(SampleManifests.WithField(SampleManifests.WithField(SampleManifests.Import, "accessKeyId", accessKey), "bucket", bucket), "deviceId", deviceId);
        return text + (extra.Length == 0 ? string.Empty : "\n" + extra);
    }

    public static string Export(string accessKey = "AKIAIOSFODNN7EXAMPLE") => $"""
        manifestVersion: 2.0
        accessKeyId: {accessKey}
        deviceId: 532404500021
        logBucket: my-log-bucket
        fileSystem: NTFS
        returnAddress:
          name: Jane Doe
          street1: 123 Any Street
          city: Anytown
          stateOrProvince: WA
          postalCode: 91011-1111
          phoneNumber: 206-555-1111
          country: USA
        operations:
          - exportBucket: my-export-bucket
        """;

    /// <summary>Not YAML at all: an unterminated flow mapping.</summary>
    public const string NotYaml = "manifestVersion: 2.0\naccessKeyId: [AKIA\n  : {";

    public static string MissingBucket(string accessKey = "AKIAIOSFODNN7EXAMPLE") =>
        Import(accessKey).Replace("bucket: my-import-bucket\n", string.Empty);
}
