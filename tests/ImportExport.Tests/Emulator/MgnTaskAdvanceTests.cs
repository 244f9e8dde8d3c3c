using System.Net;
using System.Text.Json;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Emulator;

/// <summary>
/// Imports and exports take the same path and answer the admin API's advance call the same way, each in its own words:
/// what scripts and the peer tests that drive the emulator rely on.
/// </summary>
public sealed class MgnTaskAdvanceTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly TestClient client = new(emulator.Endpoint);

    public void Dispose() => client.Dispose();

    private async Task<string> StartAsync(string kind)
    {
        var response = kind == "import"
            ? await client.MgnAsync("StartImport", new { s3BucketSource = new { s3Bucket = "my-import-bucket", s3Key = "imports/servers.csv" } }, region: "eu-north-1")
            : await client.MgnAsync("StartExport", new { s3Bucket = "my-import-bucket", s3Key = "exports/inventory.csv" }, region: "eu-north-1");
        var task = (await response.JsonAsync()).GetProperty(kind + "Task");
        var id = task.GetProperty(kind + "ID").GetString()!;
        Assert.Matches($"^{kind}-[0-9a-zA-Z]{{17}}$", id);
        Assert.Equal($"arn:aws:mgn:eu-north-1:{EmulatorFixture.AccountId}:{kind}/{id}", task.GetProperty("arn").GetString());
        return id;
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> AdvanceAsync(string kind, string id, string? to = null)
    {
        var response = await client.SendAsync(HttpMethod.Post, $"/__admin/{kind}s/{id}/advance" + (to is null ? string.Empty : "?to=" + to));
        return (response.StatusCode, await response.JsonAsync());
    }

    [Theory]
    [InlineData("import", "Import")]
    [InlineData("export", "Export")]
    public async Task Each_step_rises_then_a_forced_failure_ends_it_and_further_steps_are_refused(string kind, string word)
    {
        var id = await StartAsync(kind);

        var started = await AdvanceAsync(kind, id);
        var later = await AdvanceAsync(kind, id, "STARTED");
        var failed = await AdvanceAsync(kind, id, "failed");
        var again = await AdvanceAsync(kind, id);

        Assert.Equal(("STARTED", 25.0), (started.Body.GetProperty("status").GetString(), started.Body.GetProperty("progressPercentage").GetDouble()));
        Assert.Equal(("STARTED", 75.0), (later.Body.GetProperty("status").GetString(), later.Body.GetProperty("progressPercentage").GetDouble()));
        Assert.Equal("FAILED", failed.Body.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, failed.Body.GetProperty("endDateTime").ValueKind);
        var error = Assert.Single(failed.Body.GetProperty("errors").EnumerateArray());
        Assert.Equal(
            $"The {kind} was failed by the emulator's admin API (a forced outcome); nothing was {(kind == "import" ? "applied" : "written")}.",
            error.GetProperty("rawError").GetString());
        Assert.Equal((HttpStatusCode.Conflict, $"{word} {id} has already ended (FAILED)."), (again.Status, again.Body.GetProperty("error").GetString()));
    }

    [Theory]
    [InlineData("import")]
    [InlineData("export")]
    public async Task An_unknown_status_or_id_is_named_in_the_answer(string kind)
    {
        var id = await StartAsync(kind);

        var unknownStatus = await AdvanceAsync(kind, id, "DONE");
        var unknownId = await AdvanceAsync(kind, kind + "-00000000000000000");

        Assert.Equal(HttpStatusCode.BadRequest, unknownStatus.Status);
        Assert.StartsWith($"Unknown {kind} status 'DONE'. Use STARTED, SUCCEEDED or FAILED.", unknownStatus.Body.GetProperty("error").GetString());
        Assert.Equal((HttpStatusCode.NotFound, $"No {kind} {kind}-00000000000000000."), (unknownId.Status, unknownId.Body.GetProperty("error").GetString()));
    }
}
