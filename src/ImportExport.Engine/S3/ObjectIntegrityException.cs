using Amazon.Runtime;

namespace ImportExport.S3
{
    /// <summary>
    /// The bytes GetObject received are not the object S3 holds (a checksum, the MD5 ETag or the length differ):
    /// a transfer that went wrong. Nothing is written from them.
    /// </summary>
    public sealed class ObjectIntegrityException : AmazonClientException
    {
        public ObjectIntegrityException(string message)
            : base(message)
        {
        }
    }
}
