namespace ImportExport.Tests.Clients;

/// <summary>Manifests used across the tests.</summary>
internal static class Manifests
{
    public static string Import(string accessKey = "AKIAIOSFODNN7EXAMPLE", string bucket = "my-import-bucket", string deviceId = "49382") => $"""
        manifestVersion: 2.0
        accessKeyId: {accessKey}
        deviceId: {deviceId}
        eraseDevice: yes
        bucket: {bucket}
        returnAddress:
          name: Jane Doe
          street1: 123 Any Street
          city: Anytown
          stateOrProvince: WA
          postalCode: 91011-1111
          phoneNumber: 206-555-1111
          country: USA
        """;

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
