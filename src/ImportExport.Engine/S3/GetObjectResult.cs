namespace ImportExport.S3
{
    /// <summary>An object as GetObject read it, after its checksum was verified.</summary>
    public sealed class GetObjectResult
    {
        public byte[] Body { get; set; } = new byte[0];

        public string? ETag { get; set; }

        /// <summary>What verified the bytes: "CRC32", "CRC32C", "SHA1", "SHA256" (a checksum S3 sent) or "MD5" (the ETag of a plain upload).</summary>
        public string? VerifiedBy { get; set; }
    }
}
