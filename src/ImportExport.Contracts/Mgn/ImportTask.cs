using System;

namespace ImportExport.Mgn
{
    /// <summary>
    /// An MGN import task, flattened for PowerShell: the S3 source and the summary counts are
    /// properties of their own, so Format-Table, Sort-Object and Export-Csv see them directly.
    /// </summary>
    public sealed class ImportTask
    {
        public string? ImportId { get; set; }
        public string? Arn { get; set; }

        /// <summary>One of the <see cref="ImportStatus"/> values.</summary>
        public string? Status { get; set; }

        public double? ProgressPercentage { get; set; }
        public DateTime? CreationDateTime { get; set; }

        /// <summary>CreationDateTime in UTC (Kind Utc): the same instant, for exports that must not depend on the reader's time zone.</summary>
        public DateTime? CreationDateTimeUtc => CreationDateTime?.ToUniversalTime();
        public DateTime? EndDateTime { get; set; }

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

        /// <summary>True once the import has ended (SUCCEEDED or FAILED).</summary>
        public bool IsFinished => Status == ImportStatus.Succeeded || Status == ImportStatus.Failed;

        /// <summary>The import id, so that <c>"$import"</c> and a string parameter get the id.</summary>
        public override string ToString() => ImportId ?? string.Empty;

        /// <summary>
        /// The region the import lives in, from its ARN (arn:aws:mgn:REGION:account:import/...): Wait-MGNImport,
        /// Get-MGNImport and Get-MGNImportError look there for an import piped to them unless -Region says otherwise.
        /// </summary>
        public string? Region => RegionOf(Arn);

        /// <summary>
        /// The import id of an MGN import ARN (arn:PARTITION:mgn:REGION:ACCOUNT:import/ID), or null when
        /// <paramref name="arn"/> is not one.
        /// </summary>
        public static string? IdOf(string? arn)
        {
            const string Resource = "import/";
            var parts = arn?.Split(new[] { ':' }, 6);
            return parts is { Length: 6 } && parts[0] == "arn" && parts[2] == "mgn" && parts[3].Length > 0
                && parts[5].StartsWith(Resource, System.StringComparison.Ordinal) && parts[5].Length > Resource.Length
                ? parts[5].Substring(Resource.Length)
                : null;
        }

        /// <summary>The region part of an MGN ARN, or null when <paramref name="arn"/> is not one.</summary>
        public static string? RegionOf(string? arn)
        {
            var parts = arn?.Split(':');
            return parts is { Length: >= 6 } && parts[0] == "arn" && parts[3].Length > 0 ? parts[3] : null;
        }
    }
}
