using System.Net;
using System.Threading;
using ImportExport.Runtime;
using ImportExport.S3;

namespace ImportExport.Mgn
{
    /// <summary>
    /// One GetObject of an MGN file (an export's, or the object an import read), its S3 failures that say something about
    /// the object turned into reasons: gone (NoSuchKey, NoSuchBucket) or not readable by the caller (403).
    /// </summary>
    internal static class ObjectRead
    {
        /// <param name="subject">What the object is, for messages: "the file MGN export export-... wrote".</param>
        public static GetObjectResult Get(S3Client s3, ICallRunner runner, string bucket, string key, string? owner, long maxBytes, string subject, CancellationToken cancellationToken)
        {
            var location = $"s3://{bucket}/{key}";
            var request = new GetObjectRequest { BucketName = bucket, Key = key, ExpectedBucketOwner = owner, MaxBytes = maxBytes };
            try
            {
                return runner.Run(t => s3.GetObjectAsync(request, t), cancellationToken);
            }
            catch (S3Exception ex) when (ex.ErrorCode == "NoSuchKey" || ex.ErrorCode == "NoSuchBucket")
            {
                var what = ex.ErrorCode == "NoSuchKey" ? "is not in S3" : $"is gone with its bucket {bucket}";
                throw new InventoryDownloadException(
                    InventoryDownloadFailure.ObjectMissing,
                    $"{Capitalized(subject)}, {location}, {what} ({ex.ErrorCode}): it was deleted or moved since.",
                    location,
                    ex);
            }
            catch (S3Exception ex) when (ex.StatusCode == HttpStatusCode.Forbidden)
            {
                throw new InventoryDownloadException(
                    InventoryDownloadFailure.ObjectUnreadable,
                    $"S3 refused to read {subject}, {location}, to these credentials ({ex.ErrorCode ?? "403"}): MGN's role can use the bucket, the caller needs s3:GetObject on it.",
                    location,
                    ex);
            }
        }

        private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
