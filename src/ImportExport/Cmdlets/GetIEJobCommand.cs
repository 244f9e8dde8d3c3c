using System;
using System.Management.Automation;
using ImportExport.IE;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Get-IEJob: lists the account's jobs, newest first (ListJobs). Pages are requested one at a
    /// time as the pipeline consumes them, so -First stops the listing early and memory stays flat.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IEJob", SupportsPaging = true)]
    [OutputType(typeof(JobSummary))]
    public sealed class GetIEJobCommand : AwsCmdlet
    {
        /// <summary>Jobs per request (MaxJobs); the service allows 1 to 1000.</summary>
        [Parameter]
        [ValidateRange(1, 1000)]
        public int? PageSize { get; set; }

        /// <summary>Start after this job id (the last id of an earlier listing).</summary>
        [Parameter]
        [ValidateJobId]
        [ArgumentCompleter(typeof(JobIdCompleter))]
        public string? Marker { get; set; }

        /// <summary>Request a single page only.</summary>
        [Parameter]
        public SwitchParameter NoAutoIteration { get; set; }

        [Parameter]
        public string? APIVersion { get; set; }

        protected override void ProcessRecord()
        {
            var toSkip = PagingParameters.Skip;
            var toEmit = PagingParameters.First;
            ulong listed = 0;
            var marker = Marker;
            var complete = false;
            while (toEmit > 0)
            {
                var request = new ListJobsRequest { MaxJobs = PageSize, Marker = marker, APIVersion = APIVersion };
                var page = Try(marker, () => ImportExport.Client.ListJobs(request));
                if (page is null)
                {
                    ReportResumePoint(marker, listed);
                    return;
                }

                foreach (var job in page.Jobs)
                {
                    listed++;
                    JobIdCompleter.Remember(job.JobId);
                    if (toSkip > 0)
                    {
                        toSkip--;
                        continue;
                    }

                    if (toEmit == 0)
                    {
                        break;
                    }

                    WriteObject(job);
                    toEmit--;
                }

                marker = page.NextMarker;
                if (marker is null)
                {
                    complete = true;
                    break;
                }

                if (NoAutoIteration)
                {
                    WriteVerbose($"More jobs follow; continue with -Marker {marker}.");
                    break;
                }
            }

            if (PagingParameters.IncludeTotalCount)
            {
                // ListJobs has no count: the total is exact only when the listing ran to its end.
                WriteObject(PagingParameters.NewTotalCount(listed, complete ? 1.0 : 0.0));
            }
        }

        // Jobs already written stay written; the error says where to pick up.
        private void ReportResumePoint(string? marker, ulong listed)
        {
            if (listed == 0 && marker == Marker)
            {
                return;
            }

            var message = marker is null
                ? "The listing stopped before its first page; run Get-IEJob again."
                : $"The listing stopped after {listed} job(s). Resume with: Get-IEJob -Marker {marker}";
            var record = new ErrorRecord(new InvalidOperationException(message), "ListingInterrupted", ErrorCategory.OperationStopped, marker);
            record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = marker is null ? null : $"Get-IEJob -Marker {marker}" };
            WriteError(record);
        }
    }
}
