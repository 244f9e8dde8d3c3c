using Amazon.Runtime;

namespace ImportExport.S3
{
    /// <summary>PutObject: one object, its bytes in memory (an inventory file is small).</summary>
    public sealed class PutObjectRequest : AmazonWebServiceRequest
    {
        public string BucketName { get; set; } = string.Empty;

        public string Key { get; set; } = string.Empty;

        public byte[] Body { get; set; } = System.Array.Empty<byte>();

        public string ContentType { get; set; } = "text/csv";

        /// <summary>Sent as x-amz-expected-bucket-owner: S3 refuses the upload when another account owns the bucket.</summary>
        public string? ExpectedBucketOwner { get; set; }
    }
}
