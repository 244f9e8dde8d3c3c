using System;
using System.Collections;
using System.Collections.Generic;
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

        /// <summary>The tags, or null after writing an error for the first parameter the service would reject.</summary>
        public static Dictionary<string, string>? Validate(Cmdlet cmdlet, string s3Bucket, string s3Key, string? s3BucketOwner, Hashtable? tag, string? clientToken, string target)
        {
            Dictionary<string, string>? Reject(ErrorRecord error)
            {
                cmdlet.WriteError(error);
                return null;
            }

            // MGN's model takes [a-zA-Z0-9.\-_]{1,255} (older buckets may have such names); S3's rules for new buckets
            // are only a warning, since the module must not refuse a bucket the service reads.
            if (MgnStartRequestRules.CheckS3Bucket(s3Bucket) is { } mgnProblem)
            {
                return Reject(ErrorCatalogue.InvalidS3BucketName(s3Bucket, mgnProblem));
            }

            if (S3BucketName.Validate(s3Bucket) is { } newBucketRule)
            {
                cmdlet.WriteWarning($"-S3Bucket '{s3Bucket}' is not a name S3 allows for new buckets ({newBucketRule}); an older bucket may have it, so the request is sent.");
            }

            var keyProblem = MgnStartRequestRules.CheckS3Key(s3Key);
            if (keyProblem is { } s3KeyProblem)
            {
                return Reject(ErrorCatalogue.InvalidS3Key(s3Key, s3KeyProblem));
            }

            if (s3BucketOwner is not null && !MgnStartRequestRules.IsAccountId(s3BucketOwner))
            {
                return Reject(ErrorCatalogue.InvalidS3BucketOwner(s3BucketOwner));
            }

            if (clientToken is not null && !MgnStartRequestRules.IsClientToken(clientToken))
            {
                return Reject(ErrorCatalogue.InvalidClientToken(clientToken));
            }

            var tags = new Dictionary<string, string>(StringComparer.Ordinal);
            if (tag is null)
            {
                return tags;
            }

            if (!MgnStartRequestRules.IsTagCount(tag.Count))
            {
                return Reject(ErrorCatalogue.TooManyTags(tag.Count, target));
            }

            foreach (DictionaryEntry entry in tag)
            {
                var key = LanguagePrimitives.ConvertTo<string>(entry.Key) ?? string.Empty;
                var value = LanguagePrimitives.ConvertTo<string>(entry.Value) ?? string.Empty;
                var keyRule = MgnStartRequestRules.CheckTagKey(key);
                if (keyRule is { } tagKeyProblem)
                {
                    return Reject(ErrorCatalogue.InvalidTagKey(key, tagKeyProblem));
                }

                if (!MgnStartRequestRules.IsTagValue(value))
                {
                    return Reject(ErrorCatalogue.InvalidTagValue(key, value));
                }

                tags[key] = value;
            }

            return tags;
        }
    }
}
