using System;

namespace ImportExport.Mgn
{
    /// <summary>
    /// An MGN export task, flattened for PowerShell like <see cref="ImportTask"/>: where the file goes and the summary
    /// counts are properties of their own, so Format-Table, Sort-Object and Export-Csv see them directly.
    /// </summary>
    public sealed class ExportTask
    {
        public string? ExportId { get; set; }
        public string? Arn { get; set; }

        /// <summary>One of the <see cref="ExportStatus"/> values.</summary>
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

        /// <summary>How many waves, applications and servers the file has (the summary, known once the export has run).</summary>
        public long? WavesCount { get; set; }
        public long? ApplicationsCount { get; set; }
        public long? ServersCount { get; set; }
        public TagSet Tags { get; set; } = TagSet.Empty;

        /// <summary>True once the export has ended (SUCCEEDED or FAILED).</summary>
        public bool IsFinished => Status == ExportStatus.Succeeded || Status == ExportStatus.Failed;

        /// <summary>The export id, so that <c>"$export"</c> and a string parameter get the id.</summary>
        public override string ToString() => ExportId ?? string.Empty;

        /// <summary>The region the export lives in, from its ARN: the export cmdlets look there for an export piped to them.</summary>
        public string? Region => ImportTask.RegionOf(Arn);
    }
}
