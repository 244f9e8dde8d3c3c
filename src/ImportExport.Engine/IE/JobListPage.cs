using System.Collections.Generic;

namespace ImportExport.IE
{
    /// <summary>One page of ListJobs.</summary>
    public sealed class JobListPage
    {
        public JobListPage(IReadOnlyList<JobSummary> jobs, bool isTruncated)
        {
            Jobs = jobs;
            IsTruncated = isTruncated;
        }

        public IReadOnlyList<JobSummary> Jobs { get; }

        public bool IsTruncated { get; }

        /// <summary>The marker that continues the listing after this page (the last job id), or null at the end.</summary>
        public string? NextMarker => IsTruncated && Jobs.Count > 0 ? Jobs[Jobs.Count - 1].JobId : null;
    }
}
