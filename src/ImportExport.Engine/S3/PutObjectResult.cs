namespace ImportExport.S3
{
    /// <summary>What PutObject answered: the object's ETag and the SHA-256 checksum S3 verified.</summary>
    public sealed class PutObjectResult
    {
        public string? ETag { get; set; }

        public string? ChecksumSha256 { get; set; }
    }
}
