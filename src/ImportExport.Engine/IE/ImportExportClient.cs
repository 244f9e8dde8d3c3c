using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using ImportExport.Runtime;

namespace ImportExport.IE
{
    /// <summary>
    /// A client for AWS Import/Export (API 2010-06-01, query protocol) on AWSSDK.Core's pipeline:
    /// Core signs, resolves credentials, retries and corrects clock skew; this class marshals the six
    /// operations and reads their answers. Thread-safe: one instance serves concurrent calls.
    /// </summary>
    public sealed class ImportExportClient : AmazonServiceClient
    {
        public ImportExportClient(AWSCredentials credentials, ImportExportClientConfig config)
            : base(credentials, config)
        {
        }

        protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline) => ServicePipeline.Customize(pipeline, Config);

        /// <summary>Creates a job (or, with ValidateOnly, only validates the manifest).</summary>
        public CreatedJob CreateJob(CreateJobRequest request) =>
            ToCreatedJob(Call<CreateJobResultReader.State>(request, CreateJobResultReader.Instance), request.ValidateOnly);

        public Task<CreatedJob> CreateJobAsync(CreateJobRequest request, CancellationToken cancellationToken = default) =>
            CallAsync(request, CreateJobResultReader.Instance, state => ToCreatedJob(state, request.ValidateOnly), cancellationToken);

        public JobUpdate UpdateJob(UpdateJobRequest request) =>
            ToJobUpdate(Call<UpdateJobResultReader.State>(request, UpdateJobResultReader.Instance), request);

        public Task<JobUpdate> UpdateJobAsync(UpdateJobRequest request, CancellationToken cancellationToken = default) =>
            CallAsync(request, UpdateJobResultReader.Instance, state => ToJobUpdate(state, request), cancellationToken);

        public CanceledJob CancelJob(CancelJobRequest request)
        {
            try
            {
                var result = Call<CanceledJob>(request, CancelJobResultReader.Instance);
                result.JobId = request.JobId;
                return result;
            }
            catch (ImportExportException ex) when (CanceledByAnEarlierAttempt(ex))
            {
                return new CanceledJob { JobId = request.JobId, Success = true };
            }
        }

        public async Task<CanceledJob> CancelJobAsync(CancelJobRequest request, CancellationToken cancellationToken = default)
        {
            try
            {
                var result = await CallAsync(request, CancelJobResultReader.Instance, canceled => canceled, cancellationToken).ConfigureAwait(false);
                result.JobId = request.JobId;
                return result;
            }
            catch (ImportExportException ex) when (CanceledByAnEarlierAttempt(ex))
            {
                return new CanceledJob { JobId = request.JobId, Success = true };
            }
        }

        // A cancel whose answer was lost is retried and told the job is already canceled: by that first attempt.
        private static bool CanceledByAnEarlierAttempt(ImportExportException error) =>
            error.ErrorCode == ImportExportErrorCode.CanceledJobId && AttemptHistory.EarlierAttemptMayHaveBeenCarriedOut(error);

        public JobStatus GetStatus(GetStatusRequest request) =>
            ToJobStatus(Call<GetStatusResultReader.State>(request, GetStatusResultReader.Instance), request);

        public Task<JobStatus> GetStatusAsync(GetStatusRequest request, CancellationToken cancellationToken = default) =>
            CallAsync(request, GetStatusResultReader.Instance, state => ToJobStatus(state, request), cancellationToken);

        /// <summary>Reads one page of jobs, newest first.</summary>
        public JobListPage ListJobs(ListJobsRequest request) =>
            ToPage(Call<ListJobsResultReader.State>(request, ListJobsResultReader.Instance), request);

        public Task<JobListPage> ListJobsAsync(ListJobsRequest request, CancellationToken cancellationToken = default) =>
            CallAsync(request, ListJobsResultReader.Instance, state => ToPage(state, request), cancellationToken);

        /// <summary>
        /// Lists every job, newest first, requesting the next page only when the caller has consumed
        /// the previous one (Marker = last job id while IsTruncated).
        /// </summary>
        public IEnumerable<JobListPage> ListAllJobs(int? pageSize = null, string? startAfter = null, string? apiVersion = null) =>
            new PageWalk<JobListPage>(startAfter, marker => ListJobs(new ListJobsRequest { MaxJobs = pageSize, Marker = marker, APIVersion = apiVersion }), page => page.NextMarker);

        public ShippingLabel GetShippingLabel(GetShippingLabelRequest request) =>
            ToLabel(Call<ShippingLabel>(request, GetShippingLabelResultReader.Instance), request);

        public Task<ShippingLabel> GetShippingLabelAsync(GetShippingLabelRequest request, CancellationToken cancellationToken = default) =>
            CallAsync(request, GetShippingLabelResultReader.Instance, label => ToLabel(label, request), cancellationToken);

        private TResult Call<TResult>(ImportExportRequest request, QueryResponseUnmarshaller<TResult> reader)
        {
            var options = new InvokeOptions { RequestMarshaller = QueryRequestMarshaller.Instance, ResponseUnmarshaller = reader };
            return Invoke<QueryResponse<TResult>>(request, options).Result;
        }

        // One asynchronous method for every operation, its answer shaped by <paramref name="project"/> once read: one state
        // machine, shared by all of them (their types are classes), which a fresh process JIT-compiles once, not once per
        // operation with another layer on top.
        private async Task<TOutput> CallAsync<TResult, TOutput>(ImportExportRequest request, QueryResponseUnmarshaller<TResult> reader, Func<TResult, TOutput> project, CancellationToken cancellationToken)
        {
            var options = new InvokeOptions { RequestMarshaller = QueryRequestMarshaller.Instance, ResponseUnmarshaller = reader };
            var response = await InvokeAsync<QueryResponse<TResult>>(request, options, cancellationToken).ConfigureAwait(false);
            return project(response.Result);
        }

        private static CreatedJob ToCreatedJob(CreateJobResultReader.State state, bool validateOnly)
        {
            if (!validateOnly && string.IsNullOrEmpty(state.Job.JobId))
            {
                // A success without a job id: the job may well exist, but nothing can name it.
                throw new OperationOutcomeUnknownException("CreateJob", "its answer has no JobId", new ImportExportResponseException("The service's answer to CreateJob has no <JobId>."));
            }

            state.Job.ArtifactList = new ArtifactList(state.Artifacts);
            state.Job.ValidateOnly = validateOnly;
            return state.Job;
        }

        private static JobUpdate ToJobUpdate(UpdateJobResultReader.State state, UpdateJobRequest request)
        {
            state.Update.JobId = request.JobId;
            state.Update.ValidateOnly = request.ValidateOnly;
            state.Update.ArtifactList = new ArtifactList(state.Artifacts);
            return state.Update;
        }

        private static JobStatus ToJobStatus(GetStatusResultReader.State state, GetStatusRequest request)
        {
            state.Status.JobId ??= request.JobId;
            state.Status.ArtifactList = new ArtifactList(state.Artifacts);
            return state.Status;
        }

        private static JobListPage ToPage(ListJobsResultReader.State state, ListJobsRequest request)
        {
            var page = new JobListPage(state.Jobs, state.IsTruncated);
            if (request.Marker is not null && page.NextMarker == request.Marker)
            {
                // Every loop over pages would run forever.
                throw new InvalidServiceResponseException($"ListJobs answered the page after {request.Marker} with the same marker again; the listing cannot go on.");
            }

            return page;
        }

        private static ShippingLabel ToLabel(ShippingLabel label, GetShippingLabelRequest request)
        {
            label.JobId = new JobIdList(new List<string>(request.JobIds));
            return label;
        }
    }
}
