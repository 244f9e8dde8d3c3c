using System;

namespace ImportExport.IE
{
    /// <summary>Where a job is and how it is doing (GetStatus).</summary>
    public sealed class JobStatus
    {
        public string? JobId { get; set; }

        /// <summary>"Import" or "Export" (the name of a <see cref="IE.JobType"/>).</summary>
        public string? JobType { get; set; }

        public string? LocationCode { get; set; }
        public string? LocationMessage { get; set; }
        public string? ProgressCode { get; set; }
        public string? ProgressMessage { get; set; }
        public string? Carrier { get; set; }
        public string? TrackingNumber { get; set; }
        public string? LogBucket { get; set; }
        public string? LogKey { get; set; }
        public int? ErrorCount { get; set; }
        public string? Signature { get; set; }
        public string? SignatureFileContents { get; set; }
        public string? CurrentManifest { get; set; }
        public DateTime? CreationDate { get; set; }

        /// <summary>CreationDate in UTC (Kind Utc): the same instant, for exports that must not depend on the reader's time zone.</summary>
        public DateTime? CreationDateUtc => CreationDate?.ToUniversalTime();
        public ArtifactList ArtifactList { get; set; } = ArtifactList.Empty;

        /// <summary>The job id, so that <c>"$status"</c> and a string parameter get the id.</summary>
        public override string ToString() => JobId ?? string.Empty;
    }
}
