using ImportExport.Mgn;

namespace ImportExport.AwsTools
{
    /// <summary>
    /// An import's S3 source in AWS Tools for PowerShell's shape (<c>$task.S3BucketSource.S3Bucket</c>). ImportTask
    /// carries the same values flat (S3Bucket, S3Key, S3BucketOwner); this is a hidden property of it (type data), so
    /// Export-Csv and the default views stay flat.
    /// </summary>
    public sealed class S3BucketSource
    {
        public string? S3Bucket { get; set; }
        public string? S3Key { get; set; }
        public string? S3BucketOwner { get; set; }

        public static S3BucketSource Of(ImportTask task) =>
            new S3BucketSource { S3Bucket = task.S3Bucket, S3Key = task.S3Key, S3BucketOwner = task.S3BucketOwner };

        public override string ToString() => $"s3://{S3Bucket}/{S3Key}";
    }
}
