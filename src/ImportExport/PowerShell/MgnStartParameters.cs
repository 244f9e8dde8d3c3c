using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Text.RegularExpressions;
using ImportExport.Manifest;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// The S3 object and tags of Start-MGNImport and Start-MGNExport (StartImport's s3BucketSource, StartExport's
    /// s3Bucket/s3Key/s3BucketOwner, both with tags): everything the service would reject for its shape is rejected
    /// here, before any request, naming the parameter.
    /// </summary>
    internal static class MgnStartParameters
    {
        internal const int MaxTags = 50;
        internal const int MaxTagKeyLength = 256;
        internal const int MaxTagValueLength = 256;
        internal const int MaxS3KeyLength = 1024;
        internal const int MaxClientTokenLength = 64;

        /// <summary>The tags, or null after writing an error for the first parameter the service would reject.</summary>
        public static Dictionary<string, string>? Validate(Cmdlet cmdlet, string s3Bucket, string s3Key, string? s3BucketOwner, Hashtable? tag, string? clientToken, string target)
        {
            Dictionary<string, string>? Reject(string errorId, string message, object value)
            {
                cmdlet.WriteError(ErrorCatalogue.Record(new ArgumentException(message), errorId, ErrorCategory.InvalidArgument, value));
                return null;
            }

            // MGN's model takes [a-zA-Z0-9.\-_]{1,255} (older buckets may have such names); S3's rules for new buckets
            // are only a warning, since the module must not refuse a bucket the service reads.
            if (S3BucketName.ValidateMgnSource(s3Bucket) is { } mgnProblem)
            {
                return Reject("InvalidS3BucketName", $"-S3Bucket '{s3Bucket}' is not a bucket name MGN takes: {mgnProblem}", s3Bucket);
            }

            if (S3BucketName.Validate(s3Bucket) is { } newBucketRule)
            {
                cmdlet.WriteWarning($"-S3Bucket '{s3Bucket}' is not a name S3 allows for new buckets ({newBucketRule}); an older bucket may have it, so the request is sent.");
            }

            if (s3Key.Length > MaxS3KeyLength)
            {
                return Reject("InvalidS3Key", $"-S3Key has {s3Key.Length} characters; S3 keys have at most {MaxS3KeyLength}.", s3Key);
            }

            // The model's pattern for s3Key: [^\x00]{1,1020}\.csv.
            if (!s3Key.EndsWith(".csv", StringComparison.Ordinal) || s3Key.Length < 5 || s3Key.IndexOf('\0') >= 0)
            {
                return Reject("InvalidS3Key", $"-S3Key '{s3Key}' must end in .csv (lower case) after 1 to 1020 characters: MGN reads and writes only keys that match [^\\x00]{{1,1020}}\\.csv.", s3Key);
            }

            if (s3BucketOwner is not null && !Regex.IsMatch(s3BucketOwner, "^[0-9]{12}$"))
            {
                return Reject("InvalidS3BucketOwner", $"-S3BucketOwner '{s3BucketOwner}' must be a 12-digit AWS account id.", s3BucketOwner);
            }

            if (clientToken is not null && clientToken.Length > MaxClientTokenLength)
            {
                return Reject("InvalidClientToken", $"-ClientToken has {clientToken.Length} characters; at most {MaxClientTokenLength} are allowed.", clientToken);
            }

            var tags = new Dictionary<string, string>(StringComparer.Ordinal);
            if (tag is null)
            {
                return tags;
            }

            if (tag.Count > MaxTags)
            {
                return Reject("InvalidTag", $"-Tag has {tag.Count} tags; StartImport and StartExport take at most {MaxTags}.", target);
            }

            foreach (DictionaryEntry entry in tag)
            {
                var key = LanguagePrimitives.ConvertTo<string>(entry.Key) ?? string.Empty;
                var value = LanguagePrimitives.ConvertTo<string>(entry.Value) ?? string.Empty;
                if (key.Length == 0 || key.Length > MaxTagKeyLength)
                {
                    return Reject("InvalidTag", string.Format(CultureInfo.InvariantCulture, "-Tag key '{0}' must have 1 to {1} characters.", key, MaxTagKeyLength), key);
                }

                if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
                {
                    return Reject("InvalidTag", $"-Tag key '{key}' uses the reserved prefix 'aws:'.", key);
                }

                if (value.Length > MaxTagValueLength)
                {
                    return Reject("InvalidTag", string.Format(CultureInfo.InvariantCulture, "-Tag value of '{0}' has {1} characters; at most {2} are allowed.", key, value.Length, MaxTagValueLength), key);
                }

                tags[key] = value;
            }

            return tags;
        }
    }
}
