namespace ImportExport.Mgn
{
    /// <summary>Where MGN reads the import file from.</summary>
    public sealed class S3BucketSource
    {
        public string S3Bucket { get; set; } = string.Empty;
        public string S3Key { get; set; } = string.Empty;
        public string? S3BucketOwner { get; set; }
    }
}
