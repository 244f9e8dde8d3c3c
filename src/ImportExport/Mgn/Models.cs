using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace ImportExport.Mgn
{
    /// <summary>Where MGN reads the import file from.</summary>
    public sealed class S3BucketSource
    {
        public string S3Bucket { get; set; } = string.Empty;
        public string S3Key { get; set; } = string.Empty;
        public string? S3BucketOwner { get; set; }
    }

    /// <summary>
    /// Tags of an import. Reads as "key=value; key2=value2" so it fits one CSV cell, and still
    /// indexes like a dictionary (<c>$task.Tags['Project']</c>).
    /// </summary>
    public sealed class TagSet : ReadOnlyDictionary<string, string>
    {
        public static readonly TagSet Empty = new TagSet(new Dictionary<string, string>());

        public TagSet(IDictionary<string, string> tags)
            : base(tags)
        {
        }

        public override string ToString() => string.Join("; ", this.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "=" + t.Value));
    }

    /// <summary>
    /// An MGN import task, flattened for PowerShell: the S3 source and the summary counts are
    /// properties of their own, so Format-Table, Sort-Object and Export-Csv see them directly.
    /// </summary>
    public sealed class ImportTask
    {
        public string? ImportId { get; set; }
        public string? Arn { get; set; }
        public string? Status { get; set; }
        public double? ProgressPercentage { get; set; }
        public DateTime? CreationDateTime { get; set; }
        public DateTime? EndDateTime { get; set; }

        /// <summary>CreationDateTime in UTC (Kind Utc): the same instant, for exports that must not depend on the reader's time zone.</summary>
        public DateTime? CreationDateTimeUtc => CreationDateTime?.ToUniversalTime();

        /// <summary>EndDateTime in UTC (Kind Utc): the same instant, for exports that must not depend on the reader's time zone.</summary>
        public DateTime? EndDateTimeUtc => EndDateTime?.ToUniversalTime();
        public string? S3Bucket { get; set; }
        public string? S3Key { get; set; }
        public string? S3BucketOwner { get; set; }
        public int? WavesCreatedCount { get; set; }
        public int? WavesModifiedCount { get; set; }
        public int? ApplicationsCreatedCount { get; set; }
        public int? ApplicationsModifiedCount { get; set; }
        public int? ServersCreatedCount { get; set; }
        public int? ServersModifiedCount { get; set; }
        public TagSet Tags { get; set; } = TagSet.Empty;

        /// <summary>
        /// The region the import lives in, from its ARN (arn:aws:mgn:REGION:account:import/...): Wait-MGNImport,
        /// Get-MGNImport and Get-MGNImportError look there for an import piped to them unless -Region says otherwise.
        /// </summary>
        public string? Region => RegionOf(Arn);

        /// <summary>The region part of an MGN ARN, or null when <paramref name="arn"/> is not one.</summary>
        public static string? RegionOf(string? arn)
        {
            var parts = arn?.Split(':');
            return parts is { Length: >= 6 } && parts[0] == "arn" && parts[3].Length > 0 ? parts[3] : null;
        }

        /// <summary>The import id, so that an import in a string (or a wrong parameter) shows as its id.</summary>
        public override string ToString() => ImportId ?? string.Empty;

        /// <summary>True once the import has ended (SUCCEEDED or FAILED).</summary>
        public bool IsFinished => Status == ImportStatus.Succeeded || Status == ImportStatus.Failed;
    }

    /// <summary>The statuses an import task goes through.</summary>
    public static class ImportStatus
    {
        public const string Pending = "PENDING";
        public const string Started = "STARTED";
        public const string Failed = "FAILED";
        public const string Succeeded = "SUCCEEDED";
    }

    /// <summary>
    /// One row-level error of an import, flat (ListImportErrors item with its errorData). The properties are declared
    /// in the order Export-Csv writes its columns: which import, which row, what is wrong, what it concerns, when.
    /// </summary>
    public sealed class ImportError
    {
        public string? ImportId { get; set; }
        public long? RowNumber { get; set; }
        public string? ErrorType { get; set; }
        public string? RawError { get; set; }
        public string? AccountId { get; set; }
        public string? ApplicationId { get; set; }
        public string? SourceServerId { get; set; }
        public string? WaveId { get; set; }
        public string? Ec2LaunchTemplateId { get; set; }
        public DateTime? ErrorDateTime { get; set; }

        /// <summary>ErrorDateTime in UTC (Kind Utc): the same instant, for exports that must not depend on the reader's time zone.</summary>
        public DateTime? ErrorDateTimeUtc => ErrorDateTime?.ToUniversalTime();
    }

    /// <summary>A page of a listing, with the token for the next one.</summary>
    public sealed class MgnPage<T>
    {
        public MgnPage(IReadOnlyList<T> items, string? nextToken)
        {
            Items = items;
            NextToken = nextToken;
        }

        public IReadOnlyList<T> Items { get; }

        public string? NextToken { get; }
    }
}
