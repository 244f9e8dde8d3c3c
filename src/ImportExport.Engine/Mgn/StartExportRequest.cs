using System.Collections.Generic;

namespace ImportExport.Mgn
{
    /// <summary>
    /// StartExport: write the account's inventory in the client's region to <c>s3://S3Bucket/S3Key</c>. The API has
    /// no clientToken, but a second export after a lost answer only writes the same inventory to the same object
    /// again, so the request is retried like any other (it is not an <see cref="Runtime.INonIdempotentRequest"/>).
    /// </summary>
    public sealed class StartExportRequest : MgnRequest
    {
        internal override string Operation => "StartExport";

        public string S3Bucket { get; set; } = string.Empty;

        public string S3Key { get; set; } = string.Empty;

        public string? S3BucketOwner { get; set; }

        public IDictionary<string, string> Tags { get; set; } = new Dictionary<string, string>();

        internal override void WriteBody(System.Text.Json.Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("s3Bucket", S3Bucket);
            writer.WriteString("s3Key", S3Key);
            if (!string.IsNullOrEmpty(S3BucketOwner))
            {
                writer.WriteString("s3BucketOwner", S3BucketOwner);
            }

            if (Tags.Count > 0)
            {
                writer.WriteStartObject("tags");
                foreach (var tag in Tags)
                {
                    writer.WriteString(tag.Key, tag.Value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }
    }
}
