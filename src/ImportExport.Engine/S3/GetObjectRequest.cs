using Amazon.Runtime;

namespace ImportExport.S3
{
    /// <summary>GetObject: one object read whole into memory, refused when larger than <see cref="MaxBytes"/>.</summary>
    public sealed class GetObjectRequest : AmazonWebServiceRequest
    {
        public string BucketName { get; set; } = string.Empty;

        public string Key { get; set; } = string.Empty;

        /// <summary>Sent as x-amz-expected-bucket-owner: S3 refuses the read when another account owns the bucket.</summary>
        public string? ExpectedBucketOwner { get; set; }

        /// <summary>The largest object accepted: a larger answer fails before (or while) it is read.</summary>
        public long MaxBytes { get; set; } = 256L * 1024 * 1024;
    }
}
