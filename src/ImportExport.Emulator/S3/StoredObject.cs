using System.Security.Cryptography;

namespace ImportExport.Emulator.S3;

/// <summary>An object of the S3 stand-in: its bytes and what PutObject recorded about them.</summary>
public sealed record StoredObject(byte[] Body, string ETag, string ContentType, DateTimeOffset LastModified, IReadOnlyDictionary<string, string> Checksums)
{
    /// <summary>The ETag S3 gives an object uploaded in one part: its MD5, hex, in quotes.</summary>
    internal static string ETagOf(byte[] body) => ETagFromMd5(MD5.HashData(body));

    /// <summary>The same ETag from an MD5 already computed (PutObject checks Content-MD5 against it first).</summary>
    internal static string ETagFromMd5(byte[] md5) => "\"" + Convert.ToHexStringLower(md5) + "\"";
}
