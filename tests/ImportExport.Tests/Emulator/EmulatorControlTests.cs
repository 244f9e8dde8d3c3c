using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ImportExport.Emulator;
using ImportExport.Tests.Clients;

namespace ImportExport.Tests.Emulator;

/// <summary>Fault injection, the request log, the admin API and the command line: what retry and peer tests rely on.</summary>
public sealed class EmulatorControlTests : IAsyncLifetime
{
    private EmulatorServer server = null!;
    private TestClient client = null!;

    public async Task InitializeAsync()
    {
        server = await EmulatorServer.StartAsync(new EmulatorOptions { ImportStepInterval = TimeSpan.Zero });
        client = new TestClient(server.BaseUri);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task A_throttle_fault_answers_the_next_matching_requests_in_each_service_format_then_stops()
    {
        server.State.InjectFault(new FaultSpec { Kind = FaultKind.Throttle, Count = 1, Service = "importexport" });
        server.State.InjectFault(new FaultSpec { Kind = FaultKind.Throttle, Count = 1, Service = "mgn", Operation = "ListImports" });

        var ie = await client.ImportExportAsync("ListJobs");
        var mgn = await client.MgnAsync("ListImports");

        Assert.Equal((HttpStatusCode.BadRequest, "Throttling"), (ie.StatusCode, await ie.IeErrorCodeAsync()));
        Assert.Equal((HttpStatusCode.TooManyRequests, "ThrottlingException"), (mgn.StatusCode, mgn.ErrorType()));
        Assert.Equal(HttpStatusCode.OK, (await client.ImportExportAsync("ListJobs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.MgnAsync("ListImports")).StatusCode);
        Assert.Equal(2, server.State.FaultsInjected[FaultKind.Throttle]);
    }

    [Fact]
    public async Task Internal_errors_and_unavailability_use_500_and_a_load_balancer_html_503()
    {
        server.State.InjectFault(new FaultSpec { Kind = FaultKind.InternalError, Count = 1 });
        server.State.InjectFault(new FaultSpec { Kind = FaultKind.ServiceUnavailable, Count = 1 });

        var internalError = await client.ImportExportAsync("ListJobs");
        var unavailable = await client.MgnAsync("ListImports");

        Assert.Equal((HttpStatusCode.InternalServerError, "InternalError"), (internalError.StatusCode, await internalError.IeErrorCodeAsync()));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.Equal("text/html", unavailable.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("<html>", await unavailable.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_dropped_connection_changes_nothing_but_drop_after_commit_creates_the_job()
    {
        server.State.InjectFault(new FaultSpec { Kind = FaultKind.DropConnection, Operation = "CreateJob" });
        await Assert.ThrowsAsync<HttpRequestException>(() => client.ImportExportAsync("CreateJob", [new("JobType", "Import"), new("Manifest", Manifests.Import()), new("ValidateOnly", "false")]));
        Assert.Equal(0, server.State.JobCount);

        server.State.InjectFault(new FaultSpec { Kind = FaultKind.DropAfterCommit, Operation = "CreateJob" });
        await Assert.ThrowsAsync<HttpRequestException>(() => client.ImportExportAsync("CreateJob", [new("JobType", "Import"), new("Manifest", Manifests.Import()), new("ValidateOnly", "false")]));
        Assert.Equal(1, server.State.JobCount);
        Assert.Equal(1, server.State.FaultsInjected[FaultKind.DropConnection]);
        Assert.Equal(1, server.State.FaultsInjected[FaultKind.DropAfterCommit]);
    }

    [Fact]
    public async Task A_delay_fault_holds_the_response_then_answers_normally()
    {
        server.State.InjectFault(new FaultSpec { Kind = FaultKind.Delay, DelayMs = 300 });

        var watch = Stopwatch.StartNew();
        var response = await client.ImportExportAsync("ListJobs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.ElapsedMilliseconds >= 250, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task A_seeded_fault_rate_fires_the_same_requests_every_run()
    {
        async Task<string> RunAsync()
        {
            server.State.ClearFaults();
            server.State.InjectFault(new FaultSpec { Kind = FaultKind.InternalError, Rate = 0.5, Seed = 42 });
            var outcome = "";
            for (var i = 0; i < 16; i++)
            {
                outcome += (await client.ImportExportAsync("ListJobs")).IsSuccessStatusCode ? "." : "X";
            }

            return outcome;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains('X', first);
        Assert.Contains('.', first);
    }

    [Fact]
    public async Task Faults_are_managed_and_counted_through_the_admin_api()
    {
        var add = await client.SendAsync(HttpMethod.Post, "/__admin/faults", """{"kind":"Throttle","service":"mgn","count":2}""");
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        await client.MgnAsync("ListImports");

        var counts = await (await client.SendAsync(HttpMethod.Get, "/__admin/faults")).JsonAsync();
        Assert.Equal(1, counts.GetProperty("injected").GetProperty("Throttle").GetInt32());
        Assert.Equal(1, counts.GetProperty("active")[0].GetProperty("remaining").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(HttpMethod.Delete, "/__admin/faults")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.MgnAsync("ListImports")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(HttpMethod.Post, "/__admin/faults", """{"kind":"Throttle","rate":2}""")).StatusCode);
    }

    [Fact]
    public async Task Every_service_request_is_recorded_with_its_decoded_parameters_and_outcome()
    {
        await client.ImportExportAsync("GetStatus", [new("JobId", "NOJOB")]);
        await client.MgnAsync("StartImport", new { s3BucketSource = new { s3Bucket = "my-import-bucket", s3Key = "a.csv" } });

        var log = await (await client.SendAsync(HttpMethod.Get, "/__admin/requests")).JsonAsync();
        var ie = log[0];
        var mgn = log[1];

        Assert.Equal(JsonValueKind.Array, log.ValueKind);
        Assert.Equal(("importexport", "GetStatus", "POST", "/"), (ie.GetProperty("service").GetString(), ie.GetProperty("operation").GetString(), ie.GetProperty("method").GetString(), ie.GetProperty("path").GetString()));
        Assert.Equal("NOJOB", ie.GetProperty("parameters").GetProperty("JobId").GetString());
        Assert.Equal(400, ie.GetProperty("statusCode").GetInt32());
        Assert.Equal("InvalidJobIdException", ie.GetProperty("errorCode").GetString());
        Assert.Equal("v4", ie.GetProperty("signatureVersion").GetString());
        Assert.Contains("Action=GetStatus", ie.GetProperty("bodyText").GetString());
        Assert.True(ie.GetProperty("headers").TryGetProperty("Authorization", out _));
        Assert.Equal(("mgn", "StartImport", 202), (mgn.GetProperty("service").GetString(), mgn.GetProperty("operation").GetString(), mgn.GetProperty("statusCode").GetInt32()));
        Assert.Equal("a.csv", mgn.GetProperty("parameters").GetProperty("s3BucketSource").GetProperty("s3Key").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(HttpMethod.Delete, "/__admin/requests")).StatusCode);
        Assert.Empty(server.State.Requests);
    }

    [Fact]
    public async Task Seed_buckets_and_reset_work_through_the_admin_api()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Post, "/__admin/seed?jobs=100000")).StatusCode);
        Assert.Equal(100_000, server.State.JobCount);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Post, "/__admin/buckets/new-bucket")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(HttpMethod.Post, "/__admin/buckets/Not_A_Bucket")).StatusCode);
        Assert.Contains("new-bucket", server.State.Buckets);

        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(HttpMethod.Post, "/__admin/reset")).StatusCode);
        Assert.Equal(0, server.State.JobCount);
    }

    [Fact]
    public async Task Job_advance_through_the_admin_api_reports_unknown_jobs_and_states()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Post, "/__admin/jobs/NOJOB/advance")).StatusCode);
        server.State.SeedJobs(1);
        var jobId = (await (await client.ImportExportAsync("ListJobs")).XmlAsync()).Value("JobId")!;

        var advanced = await (await client.SendAsync(HttpMethod.Post, $"/__admin/jobs/{jobId}/advance?to=AtAWS")).JsonAsync();

        Assert.Equal("AtAWS", advanced.GetProperty("locationCode").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(HttpMethod.Post, $"/__admin/jobs/{jobId}/advance?to=Nowhere")).StatusCode);
    }

    [Theory]
    [InlineData("Throttle", FaultKind.Throttle, null, null, 1)]
    [InlineData("delay,service=mgn,operation=StartImport,count=3,delayMs=50", FaultKind.Delay, "mgn", "StartImport", 3)]
    public void Fault_specs_parse_from_the_command_line_form(string text, FaultKind kind, string? service, string? operation, int count)
    {
        var spec = FaultSpec.Parse(text);

        Assert.Equal((kind, service, operation, count), (spec.Kind, spec.Service, spec.Operation, spec.Count ?? 1));
        Assert.Throws<FormatException>(() => FaultSpec.Parse("Explode"));
        Assert.Throws<FormatException>(() => FaultSpec.Parse("Throttle,service=ec2"));
    }

    [Fact]
    public void Credentials_parse_from_the_command_line_form_and_never_print_their_secret()
    {
        var credential = EmulatorCredential.Parse("AKIAEXAMPLE:secret:token:123412341234");

        Assert.Equal(new EmulatorCredential("AKIAEXAMPLE", "secret", "token", "123412341234"), credential);
        Assert.DoesNotContain("secret", credential.ToString());
        Assert.Throws<FormatException>(() => EmulatorCredential.Parse("only-a-key"));
    }
}
