using System;

namespace ImportExport.IE
{
    /// <summary>One job of a ListJobs page (Get-IEJob).</summary>
    public sealed class JobSummary
    {
        public string? JobId { get; set; }
        public DateTime? CreationDate { get; set; }

        /// <summary>CreationDate in UTC (Kind Utc): the same instant, for exports that must not depend on the reader's time zone.</summary>
        public DateTime? CreationDateUtc => CreationDate?.ToUniversalTime();
        public bool IsCanceled { get; set; }

        /// <summary>"Import" or "Export" (the name of a <see cref="IE.JobType"/>).</summary>
        public string? JobType { get; set; }

        /// <summary>The job id, so that <c>"$job"</c> and a string parameter get the id.</summary>
        public override string ToString() => JobId ?? string.Empty;
    }
}
