namespace ImportExport.S3
{
    /// <summary>An object as GetObject read it, after its checksum was verified.</summary>
    public sealed class GetObjectResult
    {
        public byte[] Body { get; set; } = System.Array.Empty<byte>();

        public string? ETag { get; set; }

        /// <summary>When S3 last wrote the object (Last-Modified, to the second, UTC); null when S3 did not say.</summary>
        public System.DateTime? LastModified { get; set; }

        /// <summary>What verified the bytes: "CRC32", "CRC32C", "SHA1", "SHA256" (a checksum S3 sent) or "MD5" (the ETag of a plain upload).</summary>
        public string? VerifiedBy { get; set; }
    }
}
