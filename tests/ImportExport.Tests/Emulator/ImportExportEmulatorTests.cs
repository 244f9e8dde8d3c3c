using System.Xml.Linq;
using System.Net;
using System.Text;
using ImportExport.Emulator;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Emulator;

/// <summary>The Import/Export half of the emulator over raw HTTP: each operation's success and errors, as botocore would see them.</summary>
public sealed class ImportExportEmulatorTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly TestClient client = new(emulator.Endpoint);

    public void Dispose() => client.Dispose();

    private static KeyValuePair<string, string> P(string name, string value) => new(name, value);

    private async Task<string> CreateJobAsync(string? manifest = null, string jobType = "Import")
    {
        var response = await client.ImportExportAsync("CreateJob", [P("JobType", jobType), P("Manifest", manifest ?? Manifests.Import()), P("ValidateOnly", "false")]);
        var xml = await response.XmlAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, xml.ToString());
        return xml.Value("JobId")!;
    }

    private async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var xml = await response.XmlAsync();
        Assert.True(response.StatusCode == status && xml.Value("Code") == code, $"expected {(int)status} {code}, got {(int)response.StatusCode}: {xml}");
        Assert.Equal("ErrorResponse", xml.Name.LocalName);
        Assert.Equal(TestClient.Ns, xml.Name.Namespace);
        Assert.Equal("Sender", xml.Value("Type"));
        Assert.False(string.IsNullOrEmpty(xml.Value("Message")));
        Assert.False(string.IsNullOrEmpty(xml.Value("RequestId")));
    }

    [Fact]
    public async Task CreateJob_returns_a_five_character_job_id_signature_and_signature_file_in_the_query_envelope()
    {
        var response = await client.ImportExportAsync("CreateJob", [P("JobType", "Import"), P("Manifest", Manifests.Import()), P("ValidateOnly", "false")]);
        var xml = await response.XmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("CreateJobResponse", xml.Name.LocalName);
        Assert.Equal(TestClient.Ns, xml.Name.Namespace);
        Assert.NotNull(xml.Element(TestClient.Ns + "CreateJobResult"));
        var jobId = xml.Value("JobId")!;
        Assert.Matches("^[A-Z0-9]{5}$", jobId);
        Assert.Equal("Import", xml.Value("JobType"));
        var signature = xml.Value("Signature")!;
        Assert.Equal(20, Convert.FromBase64String(signature).Length);
        Assert.Equal($"version:2.0\nsigningMethod:HmacSHA1\njobId:{jobId}\nsignature:{signature}\n", xml.Value("SignatureFileContents"));
        Assert.Single(xml.Descendants(TestClient.Ns + "ArtifactList").Elements(TestClient.Ns + "member"));
        Assert.Equal(response.Headers.GetValues("x-amzn-RequestId").Single(), xml.Value("RequestId"));
        Assert.True(response.Headers.Date.HasValue);
    }

    [Fact]
    public async Task CreateJob_accepts_an_export_manifest()
    {
        var jobId = await CreateJobAsync(Manifests.Export(), "Export");

        var job = emulator.State.GetJob(jobId)!;
        Assert.Equal("Export", job.JobType);
        Assert.Equal("my-log-bucket", job.LogBucket);
        Assert.Equal("export-log-" + jobId, job.LogKey);
    }

    [Fact]
    public async Task CreateJob_with_ValidateOnly_validates_but_creates_nothing()
    {
        var before = emulator.State.JobCount;

        var response = await client.ImportExportAsync("CreateJob", [P("JobType", "Import"), P("Manifest", Manifests.Import()), P("ValidateOnly", "true")]);
        var xml = await response.XmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(xml.Value("JobId"));
        Assert.Equal(before, emulator.State.JobCount);
    }

    [Theory]
    [InlineData("a: [", "MalformedManifestException")]
    [InlineData("manifestVersion: 2.0\n", "MissingManifestFieldException")]
    public async Task CreateJob_maps_manifest_problems_to_the_service_error_codes(string manifest, string code)
    {
        var response = await client.ImportExportAsync("CreateJob", [P("JobType", "Import"), P("Manifest", manifest), P("ValidateOnly", "false")]);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task CreateJob_refuses_a_misspelled_field_as_an_invalid_field_naming_the_field_meant()
    {
        var manifest = Manifests.Import() + "\nlogPrefx: logs/\n";

        var response = await client.ImportExportAsync("CreateJob", [P("JobType", "Import"), P("Manifest", manifest), P("ValidateOnly", "false")]);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "InvalidManifestFieldException");
        Assert.Contains("'logPrefx' is unknown; did you mean 'logPrefix'?", (await response.XmlAsync()).Value("Message")!);
    }

    [Fact]
    public async Task CreateJob_reports_an_invalid_field_with_all_problems_in_the_message()
    {
        var manifest = Manifests.Import().Replace("eraseDevice: yes", "eraseDevice: sometimes").Replace("Anytown", "").Replace("city:", "city: x\n  street2: PO Box 4");

        var response = await client.ImportExportAsync("CreateJob", [P("JobType", "Import"), P("Manifest", manifest), P("ValidateOnly", "false")]);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "InvalidManifestFieldException");
        var message = (await response.XmlAsync()).Value("Message")!;
        Assert.Contains("eraseDevice", message);
        Assert.Contains("returnAddress.street2", message);
    }

    [Fact]
    public async Task CreateJob_refuses_a_manifest_whose_access_key_is_not_the_signing_key()
    {
        var response = await client.ImportExportAsync("CreateJob", [P("JobType", "Import"), P("Manifest", Manifests.Import(accessKey: "AKIAI44QH8DHBEXAMPLE")), P("ValidateOnly", "false")]);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "InvalidAccessKeyIdException");
    }

    [Fact]
    public async Task CreateJob_refuses_an_unknown_bucket_until_it_is_added()
    {
        var manifest = Manifests.Import(bucket: "bucket-added-later");

        await AssertErrorAsync(
            await client.ImportExportAsync("CreateJob", [P("JobType", "Import"), P("Manifest", manifest), P("ValidateOnly", "false")]),
            HttpStatusCode.BadRequest, "NoSuchBucketException");

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Post, "/__admin/buckets/bucket-added-later")).StatusCode);
        await CreateJobAsync(manifest);
    }

    [Theory]
    [InlineData(null, "Manifest", "MissingParameterException")]
    [InlineData("Import", null, "MissingParameterException")]
    [InlineData("Imports", "m", "InvalidParameterException")]
    public async Task CreateJob_checks_its_parameters(string? jobType, string? manifest, string code)
    {
        var parameters = new List<KeyValuePair<string, string>> { P("ValidateOnly", "false") };
        if (jobType is not null)
        {
            parameters.Add(P("JobType", jobType));
        }

        if (manifest is not null)
        {
            parameters.Add(P("Manifest", manifest == "m" ? Manifests.Import() : manifest));
        }

        await AssertErrorAsync(await client.ImportExportAsync("CreateJob", parameters), HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task CreateJob_requires_a_boolean_ValidateOnly()
    {
        await AssertErrorAsync(
            await client.ImportExportAsync("CreateJob", [P("JobType", "Import"), P("Manifest", Manifests.Import()), P("ValidateOnly", "perhaps")]),
            HttpStatusCode.BadRequest, "InvalidParameterException");
        await AssertErrorAsync(
            await client.ImportExportAsync("CreateJob", [P("JobType", "Import"), P("Manifest", Manifests.Import())]),
            HttpStatusCode.BadRequest, "MissingParameterException");
    }

    [Fact]
    public async Task GetStatus_returns_every_field_of_a_new_job()
    {
        var jobId = await CreateJobAsync(Manifests.Import(extra: "logPrefix: logs/\n"));

        var xml = await (await client.ImportExportAsync("GetStatus", [P("JobId", jobId)])).XmlAsync();

        Assert.Equal(jobId, xml.Value("JobId"));
        Assert.Equal("Import", xml.Value("JobType"));
        Assert.Equal("NotReceived", xml.Value("LocationCode"));
        Assert.Equal("Pending", xml.Value("ProgressCode"));
        Assert.False(string.IsNullOrEmpty(xml.Value("LocationMessage")));
        Assert.False(string.IsNullOrEmpty(xml.Value("ProgressMessage")));
        Assert.Null(xml.Value("Carrier"));
        Assert.Null(xml.Value("TrackingNumber"));
        Assert.Null(xml.Value("ErrorCount"));
        Assert.Equal("my-import-bucket", xml.Value("LogBucket"));
        Assert.Equal("logs/import-log-" + jobId, xml.Value("LogKey"));
        Assert.Contains("jobId:" + jobId, xml.Value("SignatureFileContents"));
        Assert.Contains("logPrefix: logs/", xml.Value("CurrentManifest"));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", xml.Value("CreationDate"));
        Assert.NotNull(xml.Value("ArtifactList"));
    }

    [Fact]
    public async Task GetStatus_follows_the_lifecycle_one_step_at_a_time_to_returned_with_carrier_and_tracking()
    {
        var jobId = await CreateJobAsync();
        var seen = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            emulator.State.AdvanceJob(jobId);
            var xml = await (await client.ImportExportAsync("GetStatus", [P("JobId", jobId)])).XmlAsync();
            seen.Add($"{xml.Value("LocationCode")}/{xml.Value("ProgressCode")}");
            if (i == 3)
            {
                Assert.Equal("UPS", xml.Value("Carrier"));
                Assert.StartsWith("1Z", xml.Value("TrackingNumber"));
                Assert.Equal("0", xml.Value("ErrorCount"));
            }
        }

        Assert.Equal(["AtAWS/Pending", "AtAWS/InProgress", "AtAWS/Complete", "Returned/Complete"], seen);
        Assert.Throws<InvalidOperationException>(() => emulator.State.AdvanceJob(jobId));
    }

    [Fact]
    public async Task Advancing_to_success_with_errors_reports_an_error_count()
    {
        var jobId = await CreateJobAsync();

        var response = await client.SendAsync(HttpMethod.Post, $"/__admin/jobs/{jobId}/advance?to=SuccessWithErrors");
        var xml = await (await client.ImportExportAsync("GetStatus", [P("JobId", jobId)])).XmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("SuccessWithErrors", xml.Value("ProgressCode"));
        Assert.Equal("3", xml.Value("ErrorCount"));
    }

    [Theory]
    [InlineData("DeviceError", "AtAWS")]
    [InlineData("MissingDevice", "NotReceived")]
    [InlineData("Returned", "Returned")]
    public async Task A_job_can_be_moved_to_a_named_state(string to, string location)
    {
        var jobId = await CreateJobAsync();

        var job = emulator.State.AdvanceJob(jobId, to);

        Assert.Equal(location, job.LocationCode);
        Assert.Throws<ArgumentException>(() => emulator.State.AdvanceJob(jobId, "Teleported"));
    }

    [Fact]
    public async Task GetStatus_of_an_unknown_job_is_InvalidJobIdException()
    {
        await AssertErrorAsync(await client.ImportExportAsync("GetStatus", [P("JobId", "NOJOB")]), HttpStatusCode.BadRequest, "InvalidJobIdException");
        await AssertErrorAsync(await client.ImportExportAsync("GetStatus", []), HttpStatusCode.BadRequest, "MissingParameterException");
    }

    [Fact]
    public async Task Jobs_of_another_account_are_invisible()
    {
        emulator.State.AddCredential(new EmulatorCredential("AKIAOTHERACCOUNT0001", "other-secret", AccountId: "444455556666"));
        var jobId = await CreateJobAsync();

        var response = await client.ImportExportAsync("GetStatus", [P("JobId", jobId)], new Signing("AKIAOTHERACCOUNT0001", "other-secret"));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "InvalidJobIdException");
    }

    [Fact]
    public async Task CancelJob_cancels_a_pending_job_and_then_reports_it_canceled()
    {
        var jobId = await CreateJobAsync();

        var xml = await (await client.ImportExportAsync("CancelJob", [P("JobId", jobId)])).XmlAsync();

        Assert.Equal("true", xml.Value("Success"));
        Assert.True(emulator.State.GetJob(jobId)!.IsCanceled);
        await AssertErrorAsync(await client.ImportExportAsync("CancelJob", [P("JobId", jobId)]), HttpStatusCode.BadRequest, "CanceledJobIdException");
        await AssertErrorAsync(await client.ImportExportAsync("UpdateJob", [P("JobId", jobId), P("JobType", "Import"), P("Manifest", Manifests.Import()), P("ValidateOnly", "false")]), HttpStatusCode.BadRequest, "CanceledJobIdException");
        var status = await (await client.ImportExportAsync("GetStatus", [P("JobId", jobId)])).XmlAsync();
        Assert.Equal("Canceled", status.Value("ProgressCode"));
    }

    [Fact]
    public async Task CancelJob_and_UpdateJob_are_refused_once_the_transfer_has_started()
    {
        var jobId = await CreateJobAsync();
        emulator.State.AdvanceJob(jobId, "InProgress");

        await AssertErrorAsync(await client.ImportExportAsync("CancelJob", [P("JobId", jobId)]), HttpStatusCode.BadRequest, "UnableToCancelJobIdException");
        await AssertErrorAsync(
            await client.ImportExportAsync("UpdateJob", [P("JobId", jobId), P("JobType", "Import"), P("Manifest", Manifests.Import()), P("ValidateOnly", "false")]),
            HttpStatusCode.BadRequest, "UnableToUpdateJobIdException");
    }

    [Fact]
    public async Task An_expired_job_cannot_be_canceled_or_labelled()
    {
        var jobId = await CreateJobAsync();
        emulator.State.AdvanceJob(jobId, "Expired");

        await AssertErrorAsync(await client.ImportExportAsync("CancelJob", [P("JobId", jobId)]), HttpStatusCode.BadRequest, "ExpiredJobIdException");
        await AssertErrorAsync(await client.ImportExportAsync("GetShippingLabel", [P("jobIds.member.1", jobId)]), HttpStatusCode.BadRequest, "ExpiredJobIdException");
    }

    [Fact]
    public async Task UpdateJob_replaces_the_manifest_unless_ValidateOnly()
    {
        var jobId = await CreateJobAsync();
        var updated = Manifests.Import(extra: "serviceLevel: expeditedShipping\n");

        var validateOnly = await client.ImportExportAsync("UpdateJob", [P("JobId", jobId), P("JobType", "Import"), P("Manifest", updated), P("ValidateOnly", "true")]);
        Assert.Equal("true", (await validateOnly.XmlAsync()).Value("Success"));
        Assert.DoesNotContain("expeditedShipping", emulator.State.GetJob(jobId)!.Manifest);

        var response = await client.ImportExportAsync("UpdateJob", [P("JobId", jobId), P("JobType", "Import"), P("Manifest", updated), P("ValidateOnly", "false")]);
        Assert.Equal("true", (await response.XmlAsync()).Value("Success"));
        var status = await (await client.ImportExportAsync("GetStatus", [P("JobId", jobId)])).XmlAsync();
        Assert.Contains("expeditedShipping", status.Value("CurrentManifest"));
    }

    [Fact]
    public async Task UpdateJob_requires_the_job_type_to_match_and_a_valid_manifest()
    {
        var jobId = await CreateJobAsync();

        await AssertErrorAsync(
            await client.ImportExportAsync("UpdateJob", [P("JobId", jobId), P("JobType", "Export"), P("Manifest", Manifests.Export()), P("ValidateOnly", "false")]),
            HttpStatusCode.BadRequest, "InvalidParameterException");
        await AssertErrorAsync(
            await client.ImportExportAsync("UpdateJob", [P("JobId", jobId), P("JobType", "Import"), P("Manifest", "{"), P("ValidateOnly", "false")]),
            HttpStatusCode.BadRequest, "MalformedManifestException");
        await AssertErrorAsync(
            await client.ImportExportAsync("UpdateJob", [P("JobId", "NOJOB"), P("JobType", "Import"), P("Manifest", Manifests.Import()), P("ValidateOnly", "false")]),
            HttpStatusCode.BadRequest, "InvalidJobIdException");
    }

    [Fact]
    public async Task ListJobs_pages_newest_first_with_marker_and_IsTruncated()
    {
        // A dedicated account keeps other tests' jobs out of this listing.
        var signing = new Signing("AKIALISTINGACCOUNT01", "listing-secret");
        emulator.State.AddCredential(new EmulatorCredential(signing.AccessKey, signing.SecretKey, AccountId: "222233334444"));
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var response = await client.ImportExportAsync("CreateJob", [P("JobType", "Import"), P("Manifest", Manifests.Import(accessKey: signing.AccessKey)), P("ValidateOnly", "false")], signing);
            created.Add((await response.XmlAsync()).Value("JobId")!);
        }

        var listed = new List<string>();
        string? marker = null;
        var pages = 0;
        while (true)
        {
            var parameters = new List<KeyValuePair<string, string>> { P("MaxJobs", "2") };
            if (marker is not null)
            {
                parameters.Add(P("Marker", marker));
            }

            var xml = await (await client.ImportExportAsync("ListJobs", parameters, signing)).XmlAsync();
            var members = xml.Descendants(TestClient.Ns + "Jobs").Elements(TestClient.Ns + "member").ToList();
            Assert.All(members, m => Assert.Equal("false", m.Element(TestClient.Ns + "IsCanceled")!.Value));
            listed.AddRange(members.Select(m => m.Element(TestClient.Ns + "JobId")!.Value));
            pages++;
            if (xml.Value("IsTruncated") != "true")
            {
                break;
            }

            marker = listed[^1];
        }

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Reverse(created), listed);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("ten")]
    public async Task ListJobs_refuses_MaxJobs_outside_1_to_1000(string maxJobs)
    {
        await AssertErrorAsync(await client.ImportExportAsync("ListJobs", [P("MaxJobs", maxJobs)]), HttpStatusCode.BadRequest, "InvalidParameterException");
    }

    [Fact]
    public async Task ListJobs_refuses_an_unknown_marker()
    {
        await AssertErrorAsync(await client.ImportExportAsync("ListJobs", [P("Marker", "NOJOB")]), HttpStatusCode.BadRequest, "InvalidParameterException");
    }

    [Fact]
    public async Task GetShippingLabel_returns_a_url_to_a_real_pdf_on_the_emulator()
    {
        var first = await CreateJobAsync();
        var second = await CreateJobAsync();

        var xml = await (await client.ImportExportAsync("GetShippingLabel", [P("jobIds.member.1", first), P("jobIds.member.2", second), P("name", "Jane (Shipping) Doe"), P("city", "Seattle")])).XmlAsync();
        var url = new Uri(xml.Value("ShippingLabelURL")!);
        var pdf = await new HttpClient().GetAsync(url);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        var text = Encoding.ASCII.GetString(bytes);

        Assert.Equal(emulator.Endpoint.Authority, url.Authority);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF-", text);
        Assert.EndsWith("%%EOF", text.TrimEnd());
        Assert.Contains(first, text);
        Assert.Contains(second, text);
        Assert.Contains(@"Jane \(Shipping\) Doe", text);

        // The cross-reference table points exactly at each object, so viewers open it without repair.
        var startxref = int.Parse(text[(text.LastIndexOf("startxref", StringComparison.Ordinal) + 10)..].Split('\n')[0]);
        Assert.StartsWith("xref", text[startxref..]);
        var offsets = text[startxref..].Split('\n').Skip(3).Take(5).Select(l => int.Parse(l[..10])).ToList();
        for (var i = 0; i < offsets.Count; i++)
        {
            Assert.StartsWith($"{i + 1} 0 obj", text[offsets[i]..]);
        }
    }

    [Fact]
    public async Task GetShippingLabel_refuses_unknown_and_canceled_jobs_and_needs_job_ids()
    {
        var jobId = await CreateJobAsync();
        await client.ImportExportAsync("CancelJob", [P("JobId", jobId)]);

        await AssertErrorAsync(await client.ImportExportAsync("GetShippingLabel", [P("jobIds.member.1", "NOJOB")]), HttpStatusCode.BadRequest, "InvalidJobIdException");
        await AssertErrorAsync(await client.ImportExportAsync("GetShippingLabel", [P("jobIds.member.1", jobId)]), HttpStatusCode.BadRequest, "CanceledJobIdException");
        await AssertErrorAsync(await client.ImportExportAsync("GetShippingLabel", []), HttpStatusCode.BadRequest, "MissingParameterException");
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Get, "/__labels/nosuchlabel.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Get, $"/__labels/job-{jobId}.pdf")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_action_is_InvalidAction()
    {
        await AssertErrorAsync(await client.ImportExportAsync("DeleteEverything"), HttpStatusCode.BadRequest, "InvalidAction");
    }

    [Fact]
    public async Task The_action_may_come_from_the_Operation_query_parameter_as_in_the_model_request_uri()
    {
        var response = await client.SendV4Async("/?Operation=ListJobs", "Version=2010-06-01&MaxJobs=1", "application/x-www-form-urlencoded; charset=utf-8", new Signing());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ListJobsResponse", (await response.XmlAsync()).Name.LocalName);
    }

    [Fact]
    public async Task Seeding_creates_jobs_in_bulk_that_list_in_full_pages()
    {
        var signing = new Signing("AKIASEEDINGACCOUNT01", "seed-secret");
        emulator.State.AddCredential(new EmulatorCredential(signing.AccessKey, signing.SecretKey, AccountId: "333344445555"));

        emulator.State.SeedJobs(2500, signing.AccessKey);
        var first = await (await client.ImportExportAsync("ListJobs", [], signing)).XmlAsync();
        var last = first.Descendants(TestClient.Ns + "JobId").Last().Value;
        var second = await (await client.ImportExportAsync("ListJobs", [P("Marker", last)], signing)).XmlAsync();

        Assert.Equal(1000, first.Descendants(TestClient.Ns + "member").Count());
        Assert.Equal("true", first.Value("IsTruncated"));
        Assert.Equal(1000, second.Descendants(TestClient.Ns + "member").Count());
        Assert.Contains(first.Descendants(TestClient.Ns + "IsCanceled"), e => e.Value == "true");
    }
}
