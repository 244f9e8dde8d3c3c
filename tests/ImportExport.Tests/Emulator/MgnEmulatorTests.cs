using System.Net;
using System.Text.Json;
using ImportExport.Emulator;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Emulator;

/// <summary>The MGN half of the emulator over raw HTTP (rest-json, SigV4 as mgn).</summary>
public sealed class MgnEmulatorTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly TestClient client = new(emulator.Endpoint);

    public void Dispose() => client.Dispose();

    private static object Source(string key = "imports/servers.csv", string bucket = "my-import-bucket") => new { s3Bucket = bucket, s3Key = key };

    private async Task<JsonElement> StartAsync(object? body = null, string region = "eu-west-1")
    {
        var response = await client.MgnAsync("StartImport", body ?? new { s3BucketSource = Source() }, region: region);
        var json = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, json.ToString());
        return json.GetProperty("importTask");
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status && response.ErrorType() == code, $"expected {(int)status} {code}, got {(int)response.StatusCode} {response.ErrorType()}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(body).RootElement.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task StartImport_answers_202_with_a_pending_import_task()
    {
        var response = await client.MgnAsync("StartImport", new { s3BucketSource = new { s3Bucket = "my-import-bucket", s3Key = "a/b.csv", s3BucketOwner = "123456789012" }, tags = new { team = "migration" } }, region: "ap-southeast-2");
        var task = (await response.JsonAsync()).GetProperty("importTask");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = task.GetProperty("importID").GetString()!;
        Assert.Matches("^import-[0-9a-zA-Z]{17}$", id);
        Assert.Equal($"arn:aws:mgn:ap-southeast-2:{EmulatorFixture.AccountId}:import/{id}", task.GetProperty("arn").GetString());
        Assert.Equal("123456789012", task.GetProperty("s3BucketSource").GetProperty("s3BucketOwner").GetString());
        Assert.Equal("PENDING", task.GetProperty("status").GetString());
        Assert.Equal(0, task.GetProperty("progressPercentage").GetDouble());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$", task.GetProperty("creationDateTime").GetString());
        Assert.False(task.TryGetProperty("endDateTime", out _));
        Assert.Equal("migration", task.GetProperty("tags").GetProperty("team").GetString());
        Assert.True(response.Headers.Contains("x-amzn-RequestId"));
        Assert.True(response.Headers.Date.HasValue);
    }

    [Fact]
    public async Task An_import_advances_through_started_to_succeeded_with_rising_progress_and_a_summary()
    {
        var id = (await StartAsync()).GetProperty("importID").GetString()!;

        var progress = new List<(string, double)>();
        for (var i = 0; i < 3; i++)
        {
            var import = emulator.State.AdvanceImport(id);
            progress.Add((import.Status, import.ProgressPercentage));
        }

        Assert.Equal([("STARTED", 25), ("STARTED", 75), ("SUCCEEDED", 100)], progress);
        var listed = (await (await client.MgnAsync("ListImports", new { filters = new { importIDs = new[] { id } } })).JsonAsync()).GetProperty("items")[0];
        Assert.Equal("SUCCEEDED", listed.GetProperty("status").GetString());
        Assert.True(listed.TryGetProperty("endDateTime", out _));
        Assert.Equal(3, listed.GetProperty("summary").GetProperty("servers").GetProperty("createdCount").GetInt32());
        Assert.Throws<InvalidOperationException>(() => emulator.State.AdvanceImport(id));
    }

    [Fact]
    public async Task A_file_with_rows_naming_missing_servers_lists_validation_and_processing_errors()
    {
        var id = (await StartAsync(new { s3BucketSource = Source("imports/inventory.csv") })).GetProperty("importID").GetString()!;
        emulator.State.AdvanceImport(id);
        emulator.State.AdvanceImport(id);
        Assert.Equal("SUCCEEDED", emulator.State.AdvanceImport(id).Status);

        var response = await client.MgnAsync("ListImportErrors", new { importID = id });
        var items = (await response.JsonAsync()).GetProperty("items");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([2, 3, 5, 6], items.EnumerateArray().Select(e => e.GetProperty("errorData").GetProperty("rowNumber").GetInt32()));
        Assert.Equal(["VALIDATION_ERROR", "VALIDATION_ERROR", "PROCESSING_ERROR", "PROCESSING_ERROR"], items.EnumerateArray().Select(e => e.GetProperty("errorType").GetString()));
        var data = items[2].GetProperty("errorData");
        Assert.Equal("s-00000000000000001", data.GetProperty("sourceServerID").GetString());
        Assert.Matches("^app-[0-9a-zA-Z]{17}$", data.GetProperty("applicationID").GetString());
        Assert.Contains("does not exist", data.GetProperty("rawError").GetString());
    }

    [Fact]
    public async Task A_missing_object_or_a_file_that_is_not_csv_ends_failed_with_a_clear_error()
    {
        foreach (var (key, words) in new[] { ("imports/nowhere.csv", "does not exist"), ("imports/not-csv.csv", "not a CSV") })
        {
            var id = (await StartAsync(new { s3BucketSource = Source(key) })).GetProperty("importID").GetString()!;
            emulator.State.AdvanceImport(id, "STARTED");
            emulator.State.AdvanceImport(id);
            Assert.Equal("FAILED", emulator.State.AdvanceImport(id).Status);

            var items = (await (await client.MgnAsync("ListImportErrors", new { importID = id })).JsonAsync()).GetProperty("items");
            var error = Assert.Single(items.EnumerateArray());
            Assert.Equal("PROCESSING_ERROR", error.GetProperty("errorType").GetString());
            Assert.Contains(words, error.GetProperty("errorData").GetProperty("rawError").GetString());
        }
    }

    [Fact]
    public async Task A_second_import_finds_what_the_first_made_and_counts_as_modified_only_what_it_changes()
    {
        var valid = ImportExport.Tests.Inventory.InventoryCatalogue.Valid;
        emulator.State.PutObject("my-import-bucket", "again/servers.csv", System.Text.Encoding.UTF8.GetBytes(valid));
        emulator.State.PutObject("my-import-bucket", "again/moved.csv", System.Text.Encoding.UTF8.GetBytes(valid.Replace("web-02.corp.example.com", "web-02.new.example.com", StringComparison.Ordinal)));
        var region = "ca-central-1";
        var counts = new List<string>();
        foreach (var key in new[] { "again/servers.csv", "again/servers.csv", "again/moved.csv" })
        {
            var id = (await StartAsync(new { s3BucketSource = Source(key) }, region)).GetProperty("importID").GetString()!;
            var done = emulator.State.AdvanceImport(id, "SUCCEEDED");
            counts.Add($"{done.Waves.CreatedCount}/{done.Waves.ModifiedCount} {done.Applications.CreatedCount}/{done.Applications.ModifiedCount} {done.Servers.CreatedCount}/{done.Servers.ModifiedCount}");
        }

        // The same file again changes nothing; the one new FQDN modifies one server.
        Assert.Equal(["1/0 2/0 3/0", "0/0 0/0 0/0", "0/0 0/0 0/1"], counts);
        var inventory = emulator.State.GetInventory(EmulatorFixture.AccountId, region);
        Assert.Equal(3, inventory.Servers.Count);
        Assert.All(inventory.Servers, s => Assert.Contains(s.ParentId, inventory.Applications.Select(a => a.Id)));
    }

    [Fact]
    public async Task The_admin_advance_call_chooses_the_outcome()
    {
        var id = (await StartAsync()).GetProperty("importID").GetString()!;

        var response = await client.SendAsync(HttpMethod.Post, $"/__admin/imports/{id}/advance?to=FAILED");
        var errors = await (await client.MgnAsync("ListImportErrors", new { importID = id })).JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("FAILED", emulator.State.GetImport(id)!.Status);
        Assert.Contains("forced", Assert.Single(errors.GetProperty("items").EnumerateArray()).GetProperty("errorData").GetProperty("rawError").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await client.SendAsync(HttpMethod.Post, $"/__admin/imports/{id}/advance")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Post, "/__admin/imports/import-00000000000000000/advance")).StatusCode);
    }

    [Fact]
    public async Task Errors_page_and_a_succeeded_import_of_a_file_with_bad_rows_has_validation_errors()
    {
        var id = (await StartAsync(new { s3BucketSource = Source("warn.csv") }, "eu-south-2")).GetProperty("importID").GetString()!;
        emulator.State.AdvanceImport(id, "SUCCEEDED");

        var first = await (await client.MgnAsync("ListImportErrors", new { importID = id, maxResults = 1 }, region: "eu-south-2")).JsonAsync();
        var rest = await (await client.MgnAsync("ListImportErrors", new { importID = id, maxResults = 1, nextToken = first.GetProperty("nextToken").GetString() }, region: "eu-south-2")).JsonAsync();
        var items = first.GetProperty("items").EnumerateArray().Concat(rest.GetProperty("items").EnumerateArray()).ToList();

        Assert.False(rest.TryGetProperty("nextToken", out _));
        Assert.Equal([5, 6], items.Select(e => e.GetProperty("errorData").GetProperty("rowNumber").GetInt32()));
        Assert.All(items, e => Assert.Equal("VALIDATION_ERROR", e.GetProperty("errorType").GetString()));
        // In a region of its own, the three valid rows make both applications.
        Assert.Equal(2, emulator.State.GetImport(id)!.Applications.CreatedCount);
    }

    [Fact]
    public async Task Imports_step_on_their_own_when_a_step_interval_is_configured()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { ImportStepInterval = TimeSpan.FromMilliseconds(50) });
        ImportExport.Tests.Inventory.InventoryCatalogue.Seed(server.State);
        using var own = new TestClient(server.BaseUri);
        var id = (await (await own.MgnAsync("StartImport", new { s3BucketSource = Source() })).JsonAsync()).GetProperty("importTask").GetProperty("importID").GetString()!;

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (server.State.GetImport(id)!.Status != "SUCCEEDED" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal("SUCCEEDED", server.State.GetImport(id)!.Status);
    }

    [Fact]
    public async Task The_same_client_token_and_input_returns_the_same_import()
    {
        var body = new { clientToken = Guid.NewGuid().ToString(), s3BucketSource = Source() };

        var first = await StartAsync(body);
        var second = await StartAsync(body);

        Assert.Equal(first.GetProperty("importID").GetString(), second.GetProperty("importID").GetString());
    }

    [Fact]
    public async Task The_same_client_token_with_different_input_is_a_conflict()
    {
        var token = Guid.NewGuid().ToString();
        await StartAsync(new { clientToken = token, s3BucketSource = Source() });

        var response = await client.MgnAsync("StartImport", new { clientToken = token, s3BucketSource = Source("other.csv") });

        await AssertErrorAsync(response, HttpStatusCode.Conflict, "ConflictException");
        Assert.Equal("ConflictException", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task StartImport_reports_every_invalid_field_in_one_validation_exception()
    {
        var response = await client.MgnAsync("StartImport", new
        {
            clientToken = new string('t', 65),
            s3BucketSource = new { s3Bucket = "bad bucket!", s3Key = "servers.txt", s3BucketOwner = "12345" },
            tags = new Dictionary<string, string> { ["aws:reserved"] = "x", ["long"] = new string('v', 257) },
        });

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "ValidationException");
        var json = await response.JsonAsync();
        Assert.Equal("fieldValidationFailed", json.GetProperty("reason").GetString());
        var fields = json.GetProperty("fieldList").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.Contains("s3BucketSource.s3Bucket", fields);
        Assert.Contains("s3BucketSource.s3Key", fields);
        Assert.Contains("s3BucketSource.s3BucketOwner", fields);
        Assert.Contains("clientToken", fields);
        Assert.Contains("tags", fields);
        Assert.Contains("tags.long", fields);
        Assert.StartsWith("ValidationException:http://internal.amazon.com/coral/com.amazonaws.mgn/", response.Headers.GetValues("x-amzn-ErrorType").Single());
    }

    [Fact]
    public async Task StartImport_requires_a_bucket_source_and_more_than_fifty_tags_are_refused()
    {
        await AssertErrorAsync(await client.MgnAsync("StartImport", new { }), HttpStatusCode.BadRequest, "ValidationException");
        var tags = Enumerable.Range(0, 51).ToDictionary(i => "k" + i, i => "v");
        await AssertErrorAsync(await client.MgnAsync("StartImport", new { s3BucketSource = Source(), tags }), HttpStatusCode.BadRequest, "ValidationException");
    }

    [Fact]
    public async Task StartImport_takes_tag_keys_up_to_the_models_256_characters_as_Start_MGNImport_does()
    {
        // The emulator refused keys over 128 characters that MGN's model and the module take; both now read MgnStartRequestRules.
        var key = new string('k', ImportExport.Inventory.MgnStartRequestRules.MaxTagKeyLength);
        Assert.Equal(256, key.Length);
        await StartAsync(new { s3BucketSource = Source(), tags = new Dictionary<string, string> { [key] = "v" } });
        var tooLong = new Dictionary<string, string> { [key + "k"] = "v" };
        await AssertErrorAsync(await client.MgnAsync("StartImport", new { s3BucketSource = Source(), tags = tooLong }), HttpStatusCode.BadRequest, "ValidationException");
    }

    [Fact]
    public async Task StartImport_accepts_legacy_bucket_names_that_the_model_pattern_allows()
    {
        await StartAsync(new { s3BucketSource = Source(bucket: "Legacy_Bucket.2017") });
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_serialization_exception()
    {
        await AssertErrorAsync(await client.MgnAsync("StartImport", "{not json"), HttpStatusCode.BadRequest, "SerializationException");
    }

    [Fact]
    public async Task ListImports_is_scoped_to_the_region_and_pages_with_next_token()
    {
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await StartAsync(region: "sa-east-1")).GetProperty("importID").GetString()!);
        }

        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await (await client.MgnAsync("ListImports", token is null ? new { maxResults = 2 } : new { maxResults = 2, nextToken = token }, region: "sa-east-1")).JsonAsync();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("importID").GetString()!));
            token = page.TryGetProperty("nextToken", out var next) ? next.GetString() : null;
        }
        while (token is not null);

        Assert.Equal(ids, seen);
    }

    [Fact]
    public async Task ListImports_validates_its_filters_paging_and_token()
    {
        var eleven = Enumerable.Range(0, 11).Select(i => $"import-{i:D17}").ToArray();

        await AssertErrorAsync(await client.MgnAsync("ListImports", new { filters = new { importIDs = eleven } }), HttpStatusCode.BadRequest, "ValidationException");
        await AssertErrorAsync(await client.MgnAsync("ListImports", new { filters = new { importIDs = new[] { "nope" } } }), HttpStatusCode.BadRequest, "ValidationException");
        await AssertErrorAsync(await client.MgnAsync("ListImports", new { maxResults = 0 }), HttpStatusCode.BadRequest, "ValidationException");
        await AssertErrorAsync(await client.MgnAsync("ListImports", new { maxResults = 1001 }), HttpStatusCode.BadRequest, "ValidationException");
        await AssertErrorAsync(await client.MgnAsync("ListImports", new { nextToken = "garbage" }), HttpStatusCode.BadRequest, "ValidationException");
    }

    [Fact]
    public async Task ListImportErrors_needs_a_known_import_id()
    {
        await AssertErrorAsync(await client.MgnAsync("ListImportErrors", new { }), HttpStatusCode.BadRequest, "ValidationException");
        var response = await client.MgnAsync("ListImportErrors", new { importID = "import-00000000000000000" });
        await AssertErrorAsync(response, HttpStatusCode.NotFound, "ResourceNotFoundException");
        Assert.Equal("import-00000000000000000", (await response.JsonAsync()).GetProperty("resourceId").GetString());
    }

    [Fact]
    public async Task An_uninitialized_account_gets_UninitializedAccountException()
    {
        var signing = new Signing("AKIAUNINITIALIZED001", "uninit-secret", Region: "eu-west-1", Service: "mgn");
        emulator.State.AddCredential(new EmulatorCredential(signing.AccessKey, signing.SecretKey, AccountId: "999988887777"));
        emulator.State.SetAccountInitialized("999988887777", initialized: false);

        await AssertErrorAsync(await client.MgnAsync("ListImports", new { }, signing), HttpStatusCode.BadRequest, "UninitializedAccountException");

        emulator.State.SetAccountInitialized("999988887777", initialized: true);
        Assert.Equal(HttpStatusCode.OK, (await client.MgnAsync("ListImports", new { }, signing)).StatusCode);
    }

    [Fact]
    public async Task Running_imports_beyond_the_quota_get_ServiceQuotaExceededException_402()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { ImportStepInterval = TimeSpan.Zero, MaxActiveImports = 1 });
        using var own = new TestClient(server.BaseUri);
        Assert.Equal(HttpStatusCode.Accepted, (await own.MgnAsync("StartImport", new { s3BucketSource = Source() })).StatusCode);

        await AssertErrorAsync(await own.MgnAsync("StartImport", new { s3BucketSource = Source() }), (HttpStatusCode)402, "ServiceQuotaExceededException");
    }
}
