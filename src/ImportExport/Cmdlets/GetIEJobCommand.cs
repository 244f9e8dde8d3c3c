using System;
using System.Collections.Generic;
using System.Management.Automation;
using ImportExport.IE;
using ImportExport.PowerShell;
using ImportExport.Runtime;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Get-IEJob: lists the account's jobs, newest first (ListJobs). Pages are requested one at a
    /// time as the pipeline consumes them, so -First stops the listing early and memory stays flat.
    /// With -IncludeStatus each job also gets its GetStatus, fetched a few at a time concurrently and
    /// written in listing order.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IEJob", SupportsPaging = true, DefaultParameterSetName = ListSet)]
    [OutputType(typeof(JobSummary), ParameterSetName = new[] { ListSet })]
    [OutputType(typeof(JobOverview), ParameterSetName = new[] { StatusSet })]
    public sealed class GetIEJobCommand : AwsCmdlet
    {
        private const string ListSet = "List";
        private const string StatusSet = "IncludeStatus";

        private PagedOutput? _output;

        /// <summary>Jobs per request (MaxJobs); the service allows 1 to 1000.</summary>
        [Parameter]
        [ValidateRange(1, 1000)]
        public int? PageSize { get; set; }

        /// <summary>
        /// AWS Tools' -MaxJob: one page of at most this many jobs, as AWS Tools' Get-IEJob returns (it does not page).
        /// The same as -PageSize with -NoAutoIteration.
        /// </summary>
        [Parameter(Position = 0, ValueFromPipeline = true)]
        [Alias("MaxJobs")]
        [ValidateRange(1, 1000)]
        public int? MaxJob { get; set; }

        /// <summary>Start after this job id (the last id of an earlier listing).</summary>
        [Parameter(Position = 1)]
        [JobIdTransformation]
        [ValidateJobId]
        [ArgumentCompleter(typeof(JobIdCompleter))]
        public string? Marker { get; set; }

        /// <summary>Request a single page only.</summary>
        [Parameter]
        public SwitchParameter NoAutoIteration { get; set; }

        [Parameter]
        public string? APIVersion { get; set; }

        /// <summary>AWS Tools' -Select: '*' each page's answer (Jobs, IsTruncated), a property path of it, or '^Parameter'.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public string? Select { get; set; }

        /// <summary>AWS Tools V4's -PassThru: writes -MaxJob's value instead of the jobs (-Select '^MaxJob').</summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Add each job's status (GetStatus) to the listing: one JobOverview per job.</summary>
        [Parameter(Mandatory = true, ParameterSetName = StatusSet)]
        public SwitchParameter IncludeStatus { get; set; }

        /// <summary>With -IncludeStatus: how many GetStatus calls may run at once.</summary>
        [Parameter(ParameterSetName = StatusSet)]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 8;

        private PagedOutput Output => _output ??= new PagedOutput(this);

        protected override void BeginProcessing() => AwsToolsSelect.Check(this, Select, typeof(ImportExport.AwsTools.ListJobsResponse), PassThru);

        protected override void ProcessRecord()
        {
            if (Select is not null || PassThru)
            {
                WriteSelectedPages();
                return;
            }

            if (IncludeStatus)
            {
                WriteWithStatus(ListJobs());
            }
            else
            {
                foreach (var job in ListJobs())
                {
                    Output.Write(job);
                }
            }

            Output.Complete();
        }

        // Statuses are fetched up to ThrottleLimit at a time while the listing is read lazily, so the next page is
        // requested only when the window needs more jobs; output keeps the listing order.
        private void WriteWithStatus(IEnumerable<JobSummary> jobs)
        {
            var client = ImportExport.Client;
            var statuses = OrderedConcurrency.Run(
                jobs,
                ThrottleLimit,
                (job, token) => StartHeard(t => client.GetStatusAsync(new GetStatusRequest { JobId = job.JobId!, APIVersion = APIVersion }, t), token),
                StopToken);
            foreach (var entry in statuses)
            {
                // The retries of the calls in the window, as they came; only this thread may write them.
                WriteRetryNotices();
                JobStatus status;
                try
                {
                    status = entry.Value.GetAwaiter().GetResult();
                }
                catch (Exception ex) when (IsServiceFailure(ex))
                {
                    // One job's status failing leaves the others to report.
                    WriteServiceError(ex, entry.Key.JobId);
                    continue;
                }

                Output.Write(new JobOverview(entry.Key, status));
            }

            WriteRetryNotices();
        }

        // AWS Tools' -Select applies to each ListJobs answer; '^Parameter' (and -PassThru) is written once, after the pages.
        private void WriteSelectedPages()
        {
            var select = PassThru ? "^MaxJob" : Select!;
            var perPage = !select.StartsWith("^", StringComparison.Ordinal);
            foreach (var page in Pages())
            {
                foreach (var job in page.Jobs)
                {
                    JobIdCompleter.Remember(job.JobId, job.JobType, job.CreationDate);
                }

                if (perPage)
                {
                    AwsToolsSelect.Write(this, select, new ImportExport.AwsTools.ListJobsResponse { Jobs = page.Jobs, IsTruncated = page.NextMarker is not null });
                }
            }

            if (!perPage)
            {
                AwsToolsSelect.Write(this, select, this);
            }
        }

        /// <summary>The listed jobs after -Skip, up to -First, page by page as they are consumed.</summary>
        private IEnumerable<JobSummary> ListJobs() =>
            Output.Admit(
                Pages(),
                page => page.Jobs,
                page => page.NextMarker is null,
                job => JobIdCompleter.Remember(job.JobId, job.JobType, job.CreationDate));

        // Every page from -Marker on, or only the first with -NoAutoIteration or -MaxJob.
        private IEnumerable<JobListPage> Pages()
        {
            foreach (var page in new PageWalk<JobListPage>(Marker, FetchPage, page => page.NextMarker))
            {
                if ((NoAutoIteration || MaxJob is not null) && page.NextMarker is not null)
                {
                    WriteVerbose($"More jobs follow; continue with -Marker {page.NextMarker}.");
                    yield return page;
                    yield break;
                }

                yield return page;
            }
        }

        // A page that cannot be read ends the listing; what was written stays, and the error says where to resume.
        private JobListPage? FetchPage(string? marker)
        {
            var request = new ListJobsRequest { MaxJobs = PageSize ?? MaxJob, Marker = marker, APIVersion = APIVersion };
            // Credentials that fail mid-listing (an SSO session that ended, STS down at refresh time) stop the command
            // with a terminating error: the resume point is written first, so the jobs already listed are not wasted.
            var page = Try(marker, token => ImportExport.Client.ListJobsAsync(request, token), (_, failure) =>
            {
                if (failure is CredentialResolutionException)
                {
                    ReportResumePoint(marker, Output.Seen);
                }
            });
            if (page is null)
            {
                ReportResumePoint(marker, Output.Seen);
            }

            return page;
        }

        // Jobs already written stay written; the error says where to pick up.
        private void ReportResumePoint(string? marker, ulong listed)
        {
            if (listed == 0 && marker == Marker)
            {
                return;
            }

            WriteError(ErrorCatalogue.ListingInterrupted(marker, listed));
        }
    }
}
