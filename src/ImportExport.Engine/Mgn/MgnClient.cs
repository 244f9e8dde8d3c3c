using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using ImportExport.Runtime;

namespace ImportExport.Mgn
{
    /// <summary>
    /// A client for the import and export operations of AWS Application Migration Service (API 2020-02-26,
    /// rest-json) on AWSSDK.Core's pipeline. Thread-safe.
    /// </summary>
    public sealed class MgnClient : AmazonServiceClient
    {
        private static readonly JsonResponseReader<ImportTask> StartImportReader =
            new JsonResponseReader<ImportTask>(root => ReadImportTask(Json.Object(root, "importTask")));

        private static readonly JsonResponseReader<MgnPage<ImportTask>> ListImportsReader =
            new JsonResponseReader<MgnPage<ImportTask>>(root =>
                new MgnPage<ImportTask>(Json.Array(root, "items").Select(ReadImportTask).ToList(), Json.String(root, "nextToken")));

        private static readonly JsonResponseReader<MgnPage<ImportError>> ListImportErrorsReader =
            new JsonResponseReader<MgnPage<ImportError>>(root =>
                new MgnPage<ImportError>(Json.Array(root, "items").Select(ReadImportError).ToList(), Json.String(root, "nextToken")));

        private static readonly JsonResponseReader<ExportTask> StartExportReader =
            new JsonResponseReader<ExportTask>(root => ReadExportTask(Json.Object(root, "exportTask")));

        private static readonly JsonResponseReader<MgnPage<ExportTask>> ListExportsReader =
            new JsonResponseReader<MgnPage<ExportTask>>(root =>
                new MgnPage<ExportTask>(Json.Array(root, "items").Select(ReadExportTask).ToList(), Json.String(root, "nextToken")));

        private static readonly JsonResponseReader<MgnPage<ExportError>> ListExportErrorsReader =
            new JsonResponseReader<MgnPage<ExportError>>(root =>
                new MgnPage<ExportError>(Json.Array(root, "items").Select(ReadExportError).ToList(), Json.String(root, "nextToken")));

        public MgnClient(AWSCredentials credentials, MgnClientConfig config)
            : base(credentials, config)
        {
        }

        protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline) => ServicePipeline.Customize(pipeline, Config);

        public ImportTask StartImport(StartImportRequest request) => CheckStarted(Call(request, StartImportReader));

        public Task<ImportTask> StartImportAsync(StartImportRequest request, CancellationToken cancellationToken = default) =>
            CallAsync(request, StartImportReader, CheckStarted, cancellationToken);

        public MgnPage<ImportTask> ListImports(ListImportsRequest request) => CheckProgress(Call(request, ListImportsReader), request.NextToken, "ListImports");

        public Task<MgnPage<ImportTask>> ListImportsAsync(ListImportsRequest request, CancellationToken cancellationToken = default) =>
            CallAsync(request, ListImportsReader, page => CheckProgress(page, request.NextToken, "ListImports"), cancellationToken);

        public MgnPage<ImportError> ListImportErrors(ListImportErrorsRequest request) =>
            WithImportId(CheckProgress(Call(request, ListImportErrorsReader), request.NextToken, "ListImportErrors"), request.ImportId);

        public Task<MgnPage<ImportError>> ListImportErrorsAsync(ListImportErrorsRequest request, CancellationToken cancellationToken = default) =>
            CallAsync(request, ListImportErrorsReader, page => WithImportId(CheckProgress(page, request.NextToken, "ListImportErrors"), request.ImportId), cancellationToken);

        public Task<ExportTask> StartExportAsync(StartExportRequest request, CancellationToken cancellationToken = default) =>
            CallAsync(request, StartExportReader, CheckStarted, cancellationToken);

        public Task<MgnPage<ExportTask>> ListExportsAsync(ListExportsRequest request, CancellationToken cancellationToken = default) =>
            CallAsync(request, ListExportsReader, page => CheckProgress(page, request.NextToken, "ListExports"), cancellationToken);

        public Task<MgnPage<ExportError>> ListExportErrorsAsync(ListExportErrorsRequest request, CancellationToken cancellationToken = default) =>
            CallAsync(request, ListExportErrorsReader, page => WithExportId(CheckProgress(page, request.NextToken, "ListExportErrors"), request.ExportId), cancellationToken);

        /// <summary>Every import (or the ones named), page by page as the caller consumes them.</summary>
        public IEnumerable<MgnPage<ImportTask>> ListAllImports(IList<string>? importIds = null, int? pageSize = null) =>
            new PageWalk<MgnPage<ImportTask>>(null, token => ListImports(new ListImportsRequest { ImportIds = importIds ?? new List<string>(), MaxResults = pageSize, NextToken = token }), page => page.NextToken);

        /// <summary>Every error of an import, page by page.</summary>
        public IEnumerable<MgnPage<ImportError>> ListAllImportErrors(string importId, int? pageSize = null) =>
            new PageWalk<MgnPage<ImportError>>(null, token => ListImportErrors(new ListImportErrorsRequest { ImportId = importId, MaxResults = pageSize, NextToken = token }), page => page.NextToken);

        private static MgnPage<ImportError> WithImportId(MgnPage<ImportError> page, string? importId)
        {
            foreach (var error in page.Items)
            {
                error.ImportId = importId;
            }

            return page;
        }

        private static MgnPage<ExportError> WithExportId(MgnPage<ExportError> page, string? exportId)
        {
            foreach (var error in page.Items)
            {
                error.ExportId = exportId;
            }

            return page;
        }

        // A success that names no export cannot be followed up.
        private static ExportTask CheckStarted(ExportTask task) =>
            string.IsNullOrEmpty(task.ExportId)
                ? throw new InvalidServiceResponseException("The service's answer to StartExport has no exportTask.exportID.", 200)
                : task;

        // A success that names no import cannot be followed up (the clientToken still makes a rerun safe).
        private static ImportTask CheckStarted(ImportTask task) =>
            string.IsNullOrEmpty(task.ImportId)
                ? throw new InvalidServiceResponseException("The service's answer to StartImport has no importTask.importID.", 200)
                : task;

        // The same token again would make every loop over pages run forever.
        private static MgnPage<T> CheckProgress<T>(MgnPage<T> page, string? requestToken, string operation) =>
            !string.IsNullOrEmpty(requestToken) && page.NextToken == requestToken
                ? throw new InvalidServiceResponseException($"{operation} answered with the nextToken it was given; the listing cannot go on.", 200)
                : page;

        private TResult Call<TResult>(MgnRequest request, JsonResponseReader<TResult> reader)
        {
            var options = new InvokeOptions { RequestMarshaller = JsonRequestMarshaller.Instance, ResponseUnmarshaller = reader };
            return Invoke<JsonResponse<TResult>>(request, options).Result;
        }

        // One asynchronous method for every operation, its answer checked and shaped by <paramref name="project"/>: one
        // state machine shared by all of them (their types are classes), which a fresh process JIT-compiles once.
        private async Task<TOutput> CallAsync<TResult, TOutput>(MgnRequest request, JsonResponseReader<TResult> reader, Func<TResult, TOutput> project, CancellationToken cancellationToken)
        {
            var options = new InvokeOptions { RequestMarshaller = JsonRequestMarshaller.Instance, ResponseUnmarshaller = reader };
            var response = await InvokeAsync<JsonResponse<TResult>>(request, options, cancellationToken).ConfigureAwait(false);
            return project(response.Result);
        }

        private static ImportTask ReadImportTask(JsonElement task)
        {
            var source = Json.Object(task, "s3BucketSource");
            var summary = Json.Object(task, "summary");
            var waves = Json.Object(summary, "waves");
            var applications = Json.Object(summary, "applications");
            var servers = Json.Object(summary, "servers");
            return new ImportTask
            {
                ImportId = Json.String(task, "importID"),
                Arn = Json.String(task, "arn"),
                Status = Json.String(task, "status"),
                ProgressPercentage = Json.Double(task, "progressPercentage"),
                CreationDateTime = Json.Date(task, "creationDateTime"),
                EndDateTime = Json.Date(task, "endDateTime"),
                S3Bucket = Json.String(source, "s3Bucket"),
                S3Key = Json.String(source, "s3Key"),
                S3BucketOwner = Json.String(source, "s3BucketOwner"),
                WavesCreatedCount = Json.Int(waves, "createdCount"),
                WavesModifiedCount = Json.Int(waves, "modifiedCount"),
                ApplicationsCreatedCount = Json.Int(applications, "createdCount"),
                ApplicationsModifiedCount = Json.Int(applications, "modifiedCount"),
                ServersCreatedCount = Json.Int(servers, "createdCount"),
                ServersModifiedCount = Json.Int(servers, "modifiedCount"),
                Tags = ReadTags(Json.Object(task, "tags")),
            };
        }

        private static TagSet ReadTags(JsonElement tags)
        {
            if (tags.ValueKind != JsonValueKind.Object)
            {
                return TagSet.Empty;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var tag in tags.EnumerateObject())
            {
                values[tag.Name] = tag.Value.ValueKind == JsonValueKind.String ? tag.Value.GetString() ?? string.Empty : tag.Value.GetRawText();
            }

            return new TagSet(values);
        }

        private static ExportTask ReadExportTask(JsonElement task)
        {
            var summary = Json.Object(task, "summary");
            return new ExportTask
            {
                ExportId = Json.String(task, "exportID"),
                Arn = Json.String(task, "arn"),
                Status = Json.String(task, "status"),
                ProgressPercentage = Json.Double(task, "progressPercentage"),
                CreationDateTime = Json.Date(task, "creationDateTime"),
                EndDateTime = Json.Date(task, "endDateTime"),
                S3Bucket = Json.String(task, "s3Bucket"),
                S3Key = Json.String(task, "s3Key"),
                S3BucketOwner = Json.String(task, "s3BucketOwner"),
                WavesCount = Json.Long(summary, "wavesCount"),
                ApplicationsCount = Json.Long(summary, "applicationsCount"),
                ServersCount = Json.Long(summary, "serversCount"),
                Tags = ReadTags(Json.Object(task, "tags")),
            };
        }

        private static ExportError ReadExportError(JsonElement item) => new ExportError
        {
            ErrorDateTime = Json.Date(item, "errorDateTime"),
            RawError = Json.String(Json.Object(item, "errorData"), "rawError"),
        };

        private static ImportError ReadImportError(JsonElement item)
        {
            var data = Json.Object(item, "errorData");
            return new ImportError
            {
                ErrorDateTime = Json.Date(item, "errorDateTime"),
                ErrorType = Json.String(item, "errorType"),
                RowNumber = Json.Long(data, "rowNumber"),
                RawError = Json.String(data, "rawError"),
                AccountId = Json.String(data, "accountID"),
                ApplicationId = Json.String(data, "applicationID"),
                SourceServerId = Json.String(data, "sourceServerID"),
                WaveId = Json.String(data, "waveID"),
                Ec2LaunchTemplateId = Json.String(data, "ec2LaunchTemplateID"),
            };
        }
    }
}
