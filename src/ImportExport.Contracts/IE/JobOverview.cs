using System;

namespace ImportExport.IE
{
    /// <summary>
    /// A listed job with its status (Get-IEJob -IncludeStatus): what ListJobs says (IsCanceled, CreationDate) and what
    /// GetStatus says, in one flat row for tables and Export-Csv. The long or sensitive status fields (the signature,
    /// the signature file and the current manifest) are left out; Get-IEJobStatus returns them.
    /// </summary>
    public sealed class JobOverview
    {
        public JobOverview(JobSummary job, JobStatus status)
        {
            JobId = job.JobId ?? status.JobId;
            JobType = job.JobType ?? status.JobType;
            CreationDate = job.CreationDate ?? status.CreationDate;
            IsCanceled = job.IsCanceled;
            LocationCode = status.LocationCode;
            LocationMessage = status.LocationMessage;
            ProgressCode = status.ProgressCode;
            ProgressMessage = status.ProgressMessage;
            Carrier = status.Carrier;
            TrackingNumber = status.TrackingNumber;
            ErrorCount = status.ErrorCount;
            LogBucket = status.LogBucket;
            LogKey = status.LogKey;
            ArtifactList = status.ArtifactList;
        }

        public string? JobId { get; }

        /// <summary>"Import" or "Export" (the name of a <see cref="IE.JobType"/>).</summary>
        public string? JobType { get; }

        public DateTime? CreationDate { get; }

        /// <summary>CreationDate in UTC (Kind Utc): the same instant, for exports that must not depend on the reader's time zone.</summary>
        public DateTime? CreationDateUtc => CreationDate?.ToUniversalTime();
        public bool IsCanceled { get; }
        public string? LocationCode { get; }
        public string? LocationMessage { get; }
        public string? ProgressCode { get; }
        public string? ProgressMessage { get; }
        public string? Carrier { get; }
        public string? TrackingNumber { get; }
        public int? ErrorCount { get; }
        public string? LogBucket { get; }
        public string? LogKey { get; }
        public ArtifactList ArtifactList { get; }

        /// <summary>The job id, so that <c>"$job"</c> and a string parameter get the id.</summary>
        public override string ToString() => JobId ?? string.Empty;
    }
}
