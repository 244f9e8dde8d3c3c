using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using ImportExport.Inventory;
using ImportExport.Manifest;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// The S3 object and tags of Start-MGNImport and Start-MGNExport (StartImport's s3BucketSource, StartExport's
    /// s3Bucket/s3Key/s3BucketOwner, both with tags): everything the service would reject for its shape is rejected
    /// here, before any request, naming the parameter.
    /// </summary>
    /// <remarks>The rules themselves are <see cref="MgnStartRequestRules"/>, which the emulator answers by too.</remarks>
    internal static class MgnStartParameters
    {
        private const int MaxTags = MgnStartRequestRules.MaxTags;
        private const int MaxTagKeyLength = MgnStartRequestRules.MaxTagKeyLength;
        private const int MaxTagValueLength = MgnStartRequestRules.MaxTagValueLength;
        private const int MaxS3KeyLength = MgnStartRequestRules.MaxS3KeyLength;
        private const int MaxClientTokenLength = MgnStartRequestRules.MaxClientTokenLength;

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
            if (MgnStartRequestRules.CheckS3Bucket(s3Bucket) is { } mgnProblem)
            {
                return Reject("InvalidS3BucketName", $"-S3Bucket '{s3Bucket}' is not a bucket name MGN takes: {BucketRule(mgnProblem)}", s3Bucket);
            }

            if (S3BucketName.Validate(s3Bucket) is { } newBucketRule)
            {
                cmdlet.WriteWarning($"-S3Bucket '{s3Bucket}' is not a name S3 allows for new buckets ({newBucketRule}); an older bucket may have it, so the request is sent.");
            }

            var keyProblem = MgnStartRequestRules.CheckS3Key(s3Key);
            if (keyProblem == MgnStartProblem.TooLong)
            {
                return Reject("InvalidS3Key", $"-S3Key has {s3Key.Length} characters; S3 keys have at most {MaxS3KeyLength}.", s3Key);
            }

            if (keyProblem is not null)
            {
                return Reject("InvalidS3Key", $"-S3Key '{s3Key}' must end in .csv (lower case) after 1 to 1020 characters: MGN reads and writes only keys that match [^\\x00]{{1,1020}}\\.csv.", s3Key);
            }

            if (s3BucketOwner is not null && !MgnStartRequestRules.IsAccountId(s3BucketOwner))
            {
                return Reject("InvalidS3BucketOwner", $"-S3BucketOwner '{s3BucketOwner}' must be a 12-digit AWS account id.", s3BucketOwner);
            }

            if (clientToken is not null && !MgnStartRequestRules.IsClientToken(clientToken))
            {
                return Reject("InvalidClientToken", $"-ClientToken has {clientToken.Length} characters; at most {MaxClientTokenLength} are allowed.", clientToken);
            }

            var tags = new Dictionary<string, string>(StringComparer.Ordinal);
            if (tag is null)
            {
                return tags;
            }

            if (!MgnStartRequestRules.IsTagCount(tag.Count))
            {
                return Reject("InvalidTag", $"-Tag has {tag.Count} tags; StartImport and StartExport take at most {MaxTags}.", target);
            }

            foreach (DictionaryEntry entry in tag)
            {
                var key = LanguagePrimitives.ConvertTo<string>(entry.Key) ?? string.Empty;
                var value = LanguagePrimitives.ConvertTo<string>(entry.Value) ?? string.Empty;
                var keyRule = MgnStartRequestRules.CheckTagKey(key);
                if (keyRule is MgnStartProblem.Empty or MgnStartProblem.TooLong)
                {
                    return Reject("InvalidTag", string.Format(CultureInfo.InvariantCulture, "-Tag key '{0}' must have 1 to {1} characters.", key, MaxTagKeyLength), key);
                }

                if (keyRule is not null)
                {
                    return Reject("InvalidTag", $"-Tag key '{key}' uses the reserved prefix '{MgnStartRequestRules.ReservedTagPrefix}'.", key);
                }

                if (!MgnStartRequestRules.IsTagValue(value))
                {
                    return Reject("InvalidTag", string.Format(CultureInfo.InvariantCulture, "-Tag value of '{0}' has {1} characters; at most {2} are allowed.", key, value.Length, MaxTagValueLength), key);
                }

                tags[key] = value;
            }

            return tags;
        }

        private static string BucketRule(MgnStartProblem problem) => problem switch
        {
            MgnStartProblem.Empty => "must not be empty",
            MgnStartProblem.TooLong => $"must have at most {MgnStartRequestRules.MaxS3BucketLength} characters",
            _ => "may contain only letters, digits, dots (.), hyphens (-) and underscores (_)",
        };
    }
}
