using System;

namespace ImportExport.Inventory
{
    /// <summary>
    /// What MGN's model allows in the requests that start an import or an export: StartImport's
    /// <c>s3BucketSource</c>, <c>clientToken</c> and <c>tags</c>, StartExport's <c>s3Bucket</c>, <c>s3Key</c>,
    /// <c>s3BucketOwner</c> and <c>tags</c>. Start-MGNImport and Start-MGNExport check their parameters with these
    /// before sending anything, and the emulator's StartImport and StartExport answer ValidationException by the same
    /// rules, so the module never refuses what the emulator takes and the other way round. Each answer is a yes/no or
    /// the broken rule as a code; the words are each caller's own.
    /// </summary>
    public static class MgnStartRequestRules
    {
        /// <summary>The model's pattern for <c>s3Bucket</c>: names of older buckets included, not only today's S3 rules.</summary>
        public const string S3BucketPattern = @"[a-zA-Z0-9.\-_]{1,255}";

        public const int MaxS3BucketLength = 255;

        /// <summary>The model's pattern for <c>s3Key</c>: an inventory file is a .csv (lower case) object.</summary>
        public const string S3KeyPattern = @"[^\x00]{1,1020}\.csv";

        /// <summary>S3's own limit on a key; the model's pattern allows 1,020 characters before ".csv".</summary>
        public const int MaxS3KeyLength = 1024;

        public const int MaxClientTokenLength = 64;

        public const int MaxTags = 50;

        public const int MaxTagKeyLength = 256;

        public const int MaxTagValueLength = 256;

        /// <summary>Tag keys with this prefix (any case) are reserved for AWS.</summary>
        public const string ReservedTagPrefix = "aws:";

        /// <summary>Null when <paramref name="name"/> matches <see cref="S3BucketPattern"/>, otherwise the rule it breaks.</summary>
        public static MgnStartProblem? CheckS3Bucket(string? name)
        {
            if (string.IsNullOrEmpty(name))
            {
                return MgnStartProblem.Empty;
            }

            if (name!.Length > MaxS3BucketLength)
            {
                return MgnStartProblem.TooLong;
            }

            foreach (var c in name)
            {
                if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '_')
                {
                    return MgnStartProblem.BadCharacter;
                }
            }

            return null;
        }

        /// <summary>Null when <paramref name="key"/> matches <see cref="S3KeyPattern"/> within S3's length, otherwise the rule it breaks.</summary>
        public static MgnStartProblem? CheckS3Key(string key)
        {
            if (key.Length > MaxS3KeyLength)
            {
                return MgnStartProblem.TooLong;
            }

            return key.Length < 5 || key.IndexOf('\0') >= 0 || !key.EndsWith(".csv", StringComparison.Ordinal)
                ? MgnStartProblem.PatternMismatch
                : null;
        }

        /// <summary>Whether <paramref name="owner"/> is a 12-digit AWS account id.</summary>
        public static bool IsAccountId(string owner)
        {
            if (owner.Length != 12)
            {
                return false;
            }

            foreach (var c in owner)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }

        public static bool IsClientToken(string token) => token.Length <= MaxClientTokenLength;

        /// <summary>Null when <paramref name="key"/> is a tag key MGN takes, otherwise the rule it breaks.</summary>
        public static MgnStartProblem? CheckTagKey(string key)
        {
            if (key.Length == 0)
            {
                return MgnStartProblem.Empty;
            }

            if (key.Length > MaxTagKeyLength)
            {
                return MgnStartProblem.TooLong;
            }

            return key.StartsWith(ReservedTagPrefix, StringComparison.OrdinalIgnoreCase) ? MgnStartProblem.Reserved : null;
        }

        public static bool IsTagValue(string value) => value.Length <= MaxTagValueLength;

        public static bool IsTagCount(int count) => count <= MaxTags;
    }
}
