using System.Collections.Generic;
using ImportExport.IE;

namespace ImportExport.AwsTools
{
    /// <summary>What <c>Get-IEJob -Select *</c> writes for each page: AWS Tools' whole ListJobs answer.</summary>
    public sealed class ListJobsResponse
    {
        public IReadOnlyList<JobSummary> Jobs { get; set; } = System.Array.Empty<JobSummary>();
        public bool IsTruncated { get; set; }

        public override string ToString() => string.Join(", ", System.Linq.Enumerable.Select(Jobs, j => j.JobId));
    }
}
