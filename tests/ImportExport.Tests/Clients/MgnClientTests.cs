using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Clients;

/// <summary>Our MGN client against the emulator: StartImport, ListImports, ListImportErrors and their errors.</summary>
public sealed class MgnClientTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private readonly MgnClient _client = ClientFactory.Mgn(emulator);

    private static StartImportRequest Request(string key = "imports/servers.csv", string? token = null)
    {
        var request = new StartImportRequest
        {
            S3BucketSource = new S3BucketSource { S3Bucket = "my-import-bucket", S3Key = key },
            Tags = new Dictionary<string, string> { ["Project"] = "Lift" },
        };
        if (token is not null)
        {
            request.ClientToken = token;
        }

        return request;
    }

    [Fact]
    public void StartImport_returns_a_pending_task_with_an_id_arn_and_tags()
    {
        var task = _client.StartImport(Request());

        Assert.Matches("^import-[0-9a-zA-Z]{17}$", task.ImportId);
        Assert.StartsWith("arn:aws:mgn:eu-west-1:", task.Arn);
        Assert.Equal(ImportStatus.Pending, task.Status);
        Assert.Equal("my-import-bucket", task.S3Bucket);
        Assert.Equal("imports/servers.csv", task.S3Key);
        Assert.Equal("Lift", task.Tags["Project"]);
        Assert.NotNull(task.CreationDateTime);
    }

    [Fact]
    public void StartImport_is_rest_json_signed_with_SigV4_as_mgn_in_the_region()
    {
        var task = _client.StartImport(Request());

        var request = emulator.Server.State.Requests.Last(r => r.Operation == "StartImport");
        Assert.Equal("/StartImport", request.Path);
        Assert.Equal("v4", request.SignatureVersion);
        Assert.Contains("/eu-west-1/mgn/aws4_request", request.Headers["Authorization"]);
        Assert.Equal(202, request.StatusCode);
        Assert.NotNull(task.ImportId);
    }

    [Fact]
    public void The_same_client_token_and_input_returns_the_same_import()
    {
        var token = Guid.NewGuid().ToString();

        var first = _client.StartImport(Request(token: token));
        var second = _client.StartImport(Request(token: token));

        Assert.Equal(first.ImportId, second.ImportId);
    }

    [Fact]
    public void The_same_client_token_with_other_input_is_ConflictException()
    {
        var token = Guid.NewGuid().ToString();
        _client.StartImport(Request(token: token));

        var error = Assert.Throws<MgnException>(() => _client.StartImport(Request(key: "imports/other.csv", token: token)));

        Assert.Equal(MgnErrorCode.Conflict, error.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, error.StatusCode);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
    }

    [Fact]
    public void An_invalid_bucket_name_is_ValidationException_with_its_field()
    {
        // MGN's model allows legacy names (upper case, underscores) but not spaces or punctuation.
        var request = Request();
        request.S3BucketSource.S3Bucket = "not a bucket!";

        var error = Assert.Throws<MgnException>(() => _client.StartImport(request));

        Assert.Equal(MgnErrorCode.Validation, error.ErrorCode);
        Assert.NotEmpty(error.FieldList);
    }

    [Fact]
    public void ListImports_filters_by_id_and_follows_an_import_to_success()
    {
        var task = _client.StartImport(Request());
        emulator.Server.State.AdvanceImport(task.ImportId!, "SUCCEEDED");

        var listed = _client.ListAllImports([task.ImportId!]).SelectMany(p => p.Items).Single();

        Assert.Equal(ImportStatus.Succeeded, listed.Status);
        Assert.True(listed.IsFinished);
        Assert.NotNull(listed.ServersCreatedCount);
    }

    [Fact]
    public void ListImports_pages_with_next_tokens()
    {
        for (var i = 0; i < 5; i++)
        {
            _client.StartImport(Request(key: $"imports/page-{i}.csv"));
        }

        var pages = _client.ListAllImports(pageSize: 2).ToList();

        Assert.True(pages.Count >= 3);
        var ids = pages.SelectMany(p => p.Items).Select(t => t.ImportId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void ListImportErrors_lists_the_rows_of_a_failed_import()
    {
        var task = _client.StartImport(Request(key: "imports/fail-me.csv"));
        emulator.Server.State.AdvanceImport(task.ImportId!, "FAILED");

        var errors = _client.ListAllImportErrors(task.ImportId!).SelectMany(p => p.Items).ToList();

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(task.ImportId, e.ImportId));
        Assert.All(errors, e => Assert.Contains(e.ErrorType, new[] { "VALIDATION_ERROR", "PROCESSING_ERROR" }));
    }

    [Fact]
    public void ListImportErrors_of_an_unknown_import_is_ResourceNotFoundException()
    {
        var error = Assert.Throws<MgnException>(() => _client.ListImportErrors(new ListImportErrorsRequest { ImportId = "import-00000000000000000" }));

        Assert.Equal(MgnErrorCode.ResourceNotFound, error.ErrorCode);
    }

    [Fact]
    public void An_unknown_access_key_is_UnrecognizedClientException()
    {
        var client = ClientFactory.Mgn(emulator, accessKey: "AKIAUNKNOWNKEY000000");

        var error = Assert.Throws<MgnException>(() => client.ListImports(new ListImportsRequest()));

        Assert.Equal(MgnErrorCode.UnrecognizedClient, error.ErrorCode);
    }

    [Fact]
    public void A_wrong_secret_key_is_a_signature_error()
    {
        var client = ClientFactory.Mgn(emulator, secretKey: "wrong-secret-key-wrong-secret-key-000000");

        var error = Assert.Throws<MgnException>(() => client.ListImports(new ListImportsRequest()));

        Assert.Equal("InvalidSignatureException", error.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.StatusCode);
    }
}
