using ImportExport.IE;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Clients;

/// <summary>Our Import/Export client against the emulator: every operation, its success and its errors.</summary>
public sealed class ImportExportClientTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private readonly ImportExportClient _client = ClientFactory.ImportExport(emulator);

    private CreatedJob CreateImportJob() =>
        _client.CreateJob(new CreateJobRequest { JobType = JobType.Import, Manifest = Manifests.Import() });

    [Fact]
    public void CreateJob_returns_an_id_a_signature_and_the_signature_file()
    {
        var job = CreateImportJob();

        Assert.False(string.IsNullOrEmpty(job.JobId));
        Assert.Equal("Import", job.JobType);
        Assert.False(string.IsNullOrEmpty(job.Signature));
        Assert.Contains(job.JobId!, job.SignatureFileContents);
    }

    [Fact]
    public void CreateJob_is_sent_as_the_query_protocol_signed_with_SigV4_as_IngestionService_in_us_east_1()
    {
        var job = CreateImportJob();

        var request = emulator.Server.State.Requests.Last(r => r.Operation == "CreateJob");
        Assert.Equal("POST", request.Method);
        Assert.Equal("/", request.Path);
        Assert.Contains("Operation=CreateJob", request.Query);
        Assert.Equal("v4", request.SignatureVersion);
        Assert.Contains("/us-east-1/IngestionService/aws4_request", request.Headers["Authorization"]);
        Assert.Equal("2010-06-01", request.Parameters["Version"]?.ToString());
        Assert.Equal("Import", request.Parameters["JobType"]?.ToString());
        Assert.Equal("false", request.Parameters["ValidateOnly"]?.ToString());
        Assert.Equal(200, request.StatusCode);
        Assert.NotNull(job.JobId);
    }

    [Fact]
    public void CreateJob_with_ValidateOnly_creates_no_job()
    {
        var before = _client.ListJobs(new ListJobsRequest { MaxJobs = 1000 }).Jobs.Count;

        var result = _client.CreateJob(new CreateJobRequest { JobType = JobType.Import, Manifest = Manifests.Import(), ValidateOnly = true });

        Assert.True(result.ValidateOnly);
        Assert.Equal(before, _client.ListJobs(new ListJobsRequest { MaxJobs = 1000 }).Jobs.Count);
    }

    [Fact]
    public void CreateJob_with_a_malformed_manifest_is_MalformedManifestException()
    {
        var error = Assert.Throws<ImportExportException>(() =>
            _client.CreateJob(new CreateJobRequest { JobType = JobType.Import, Manifest = Manifests.NotYaml }));

        Assert.Equal(ImportExportErrorCode.MalformedManifest, error.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
    }

    [Fact]
    public void CreateJob_without_the_bucket_is_MissingManifestFieldException()
    {
        var error = Assert.Throws<ImportExportException>(() =>
            _client.CreateJob(new CreateJobRequest { JobType = JobType.Import, Manifest = Manifests.MissingBucket() }));

        Assert.Equal(ImportExportErrorCode.MissingManifestField, error.ErrorCode);
    }

    [Fact]
    public void CreateJob_for_a_bucket_that_does_not_exist_is_NoSuchBucketException()
    {
        var error = Assert.Throws<ImportExportException>(() =>
            _client.CreateJob(new CreateJobRequest { JobType = JobType.Import, Manifest = Manifests.Import(bucket: "no-such-bucket-here") }));

        Assert.Equal(ImportExportErrorCode.NoSuchBucket, error.ErrorCode);
    }

    [Fact]
    public void A_wrong_secret_key_is_SignatureDoesNotMatch()
    {
        var client = ClientFactory.ImportExport(emulator, secretKey: "wrong-secret-key-wrong-secret-key-000000");

        var error = Assert.Throws<ImportExportException>(() => client.ListJobs(new ListJobsRequest()));

        Assert.Equal(ImportExportErrorCode.SignatureDoesNotMatch, error.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.StatusCode);
    }

    [Fact]
    public void An_unknown_access_key_is_InvalidAccessKeyIdException()
    {
        var client = ClientFactory.ImportExport(emulator, accessKey: "AKIAUNKNOWNKEY000000");

        var error = Assert.Throws<ImportExportException>(() => client.ListJobs(new ListJobsRequest()));

        Assert.Equal(ImportExportErrorCode.InvalidAccessKeyId, error.ErrorCode);
    }

    [Fact]
    public void GetStatus_reports_the_lifecycle_with_real_types()
    {
        var job = CreateImportJob();

        var status = _client.GetStatus(new GetStatusRequest { JobId = job.JobId! });

        Assert.Equal(job.JobId, status.JobId);
        Assert.Equal("Import", status.JobType);
        Assert.Equal("NotReceived", status.LocationCode);
        Assert.Equal("Pending", status.ProgressCode);
        Assert.NotNull(status.CreationDate);
        Assert.Equal(DateTimeKind.Local, status.CreationDate!.Value.Kind);
        Assert.Equal(DateTimeKind.Utc, status.CreationDateUtc!.Value.Kind);
        Assert.InRange(status.CreationDate.Value, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(5));
        Assert.Contains("deviceId: 49382", status.CurrentManifest);
    }

    [Fact]
    public void GetStatus_of_an_unknown_job_is_InvalidJobIdException()
    {
        var error = Assert.Throws<ImportExportException>(() => _client.GetStatus(new GetStatusRequest { JobId = "NOSUCH" }));

        Assert.Equal(ImportExportErrorCode.InvalidJobId, error.ErrorCode);
    }

    [Fact]
    public void GetStatus_of_a_completed_job_has_an_error_count()
    {
        var job = CreateImportJob();
        emulator.Server.State.AdvanceJob(job.JobId!, "Complete");

        var status = _client.GetStatus(new GetStatusRequest { JobId = job.JobId! });

        Assert.Equal("Complete", status.ProgressCode);
        Assert.NotNull(status.ErrorCount);
    }

    [Fact]
    public void CancelJob_cancels_a_pending_job_and_then_the_job_is_CanceledJobIdException()
    {
        var job = CreateImportJob();

        var canceled = _client.CancelJob(new CancelJobRequest { JobId = job.JobId! });

        Assert.True(canceled.Success);
        Assert.Equal(job.JobId, canceled.JobId);
        var error = Assert.Throws<ImportExportException>(() => _client.CancelJob(new CancelJobRequest { JobId = job.JobId! }));
        Assert.Equal(ImportExportErrorCode.CanceledJobId, error.ErrorCode);
    }

    [Fact]
    public void CancelJob_after_the_job_started_is_UnableToCancelJobIdException()
    {
        var job = CreateImportJob();
        emulator.Server.State.AdvanceJob(job.JobId!, "InProgress");

        var error = Assert.Throws<ImportExportException>(() => _client.CancelJob(new CancelJobRequest { JobId = job.JobId! }));

        Assert.Equal(ImportExportErrorCode.UnableToCancelJobId, error.ErrorCode);
    }

    [Fact]
    public void UpdateJob_replaces_the_manifest()
    {
        var job = CreateImportJob();

        var update = _client.UpdateJob(new UpdateJobRequest { JobId = job.JobId!, JobType = JobType.Import, Manifest = Manifests.Import(deviceId: "77777") });

        Assert.True(update.Success);
        Assert.Equal(job.JobId, update.JobId);
        Assert.Contains("deviceId: 77777", _client.GetStatus(new GetStatusRequest { JobId = job.JobId! }).CurrentManifest);
    }

    [Fact]
    public void UpdateJob_after_the_job_started_is_UnableToUpdateJobIdException()
    {
        var job = CreateImportJob();
        emulator.Server.State.AdvanceJob(job.JobId!, "InProgress");

        var error = Assert.Throws<ImportExportException>(() =>
            _client.UpdateJob(new UpdateJobRequest { JobId = job.JobId!, JobType = JobType.Import, Manifest = Manifests.Import() }));

        Assert.Equal(ImportExportErrorCode.UnableToUpdateJobId, error.ErrorCode);
    }

    [Fact]
    public void ListJobs_pages_newest_first_with_a_marker()
    {
        var created = Enumerable.Range(0, 5).Select(_ => CreateImportJob().JobId!).ToList();
        created.Reverse();

        var pages = _client.ListAllJobs(pageSize: 2).ToList();
        var listed = pages.SelectMany(p => p.Jobs).Select(j => j.JobId!).ToList();

        Assert.Equal(created, listed.Take(5));
        Assert.All(pages.Take(pages.Count - 1), p => Assert.True(p.IsTruncated));
        Assert.False(pages[^1].IsTruncated);
        Assert.Equal(listed.Count, listed.Distinct().Count());
    }

    [Fact]
    public void ListJobs_with_a_page_size_out_of_range_is_InvalidParameterException()
    {
        var error = Assert.Throws<ImportExportException>(() => _client.ListJobs(new ListJobsRequest { MaxJobs = 5000 }));

        Assert.Equal(ImportExportErrorCode.InvalidParameter, error.ErrorCode);
    }

    [Fact]
    public void GetShippingLabel_for_several_jobs_sends_them_in_one_request_and_returns_a_label_url()
    {
        var first = CreateImportJob().JobId!;
        var second = CreateImportJob().JobId!;

        var label = _client.GetShippingLabel(new GetShippingLabelRequest
        {
            JobIds = [first, second],
            ReturnAddress = new ReturnAddress { Name = "Jane Doe", Street1 = "123 Any Street", City = "Anytown", PostalCode = "91011", Country = "USA", PhoneNumber = "206-555-1111", StateOrProvince = "WA" },
        });

        Assert.StartsWith(emulator.Endpoint.ToString().TrimEnd('/'), label.ShippingLabelURL);
        Assert.Equal([first, second], label.JobId);
        var request = emulator.Server.State.Requests.Last(r => r.Operation == "GetShippingLabel");
        Assert.Equal(first, request.Parameters["jobIds.member.1"]?.ToString());
        Assert.Equal(second, request.Parameters["jobIds.member.2"]?.ToString());
    }

    [Fact]
    public void GetShippingLabel_for_an_unknown_job_is_InvalidJobIdException()
    {
        var error = Assert.Throws<ImportExportException>(() => _client.GetShippingLabel(new GetShippingLabelRequest { JobIds = ["NOSUCH"] }));

        Assert.Equal(ImportExportErrorCode.InvalidJobId, error.ErrorCode);
    }
}
