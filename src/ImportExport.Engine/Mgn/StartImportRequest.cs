using System;
using System.Collections.Generic;

namespace ImportExport.Mgn
{
    public sealed class StartImportRequest : MgnRequest
    {
        internal override string Operation => "StartImport";

        /// <summary>
        /// Makes the call idempotent: retries (ours and AWSSDK.Core's) send the same token, so an
        /// answer lost after the service started the import never starts a second one.
        /// Generated once, when the request is created, unless the caller sets it.
        /// </summary>
        public string ClientToken { get; set; } = Guid.NewGuid().ToString();

        public S3BucketSource S3BucketSource { get; set; } = new S3BucketSource();

        public IDictionary<string, string> Tags { get; set; } = new Dictionary<string, string>();

        internal override void WriteBody(System.Text.Json.Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("clientToken", ClientToken);
            writer.WriteStartObject("s3BucketSource");
            writer.WriteString("s3Bucket", S3BucketSource.S3Bucket);
            writer.WriteString("s3Key", S3BucketSource.S3Key);
            if (!string.IsNullOrEmpty(S3BucketSource.S3BucketOwner))
            {
                writer.WriteString("s3BucketOwner", S3BucketSource.S3BucketOwner);
            }

            writer.WriteEndObject();
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
