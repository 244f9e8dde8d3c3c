using System.Globalization;
using Amazon.Runtime;

namespace ImportExport.S3
{
    /// <summary>The object is larger than the caller accepts (<see cref="GetObjectRequest.MaxBytes"/>); nothing was read.</summary>
    public sealed class ObjectTooLargeException : AmazonClientException
    {
        public ObjectTooLargeException(string bucket, string key, long size, long limit)
            : base(string.Format(CultureInfo.InvariantCulture, "s3://{0}/{1} has {2} bytes; at most {3} are accepted.", bucket, key, size, limit))
        {
            Size = size;
            Limit = limit;
        }

        public long Size { get; }

        public long Limit { get; }
    }
}
