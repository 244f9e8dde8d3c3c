namespace ImportExport.Emulator.S3;

/// <summary>An object of the S3 stand-in: its bytes and what PutObject recorded about them.</summary>
public sealed record StoredObject(byte[] Body, string ETag, string ContentType, DateTimeOffset LastModified, IReadOnlyDictionary<string, string> Checksums);
