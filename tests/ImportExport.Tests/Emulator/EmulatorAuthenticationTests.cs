using System.Net;
using ImportExport.Emulator;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Emulator;

/// <summary>Signature verification: what AWS answers to unsigned, mis-signed, unknown-key, skewed and token-bearing requests.</summary>
public sealed class EmulatorAuthenticationTests : IAsyncLifetime
{
    private const string TempKey = "ASIATEMPORARYKEY0001";
    private const string TempSecret = "temporary-secret";
    private const string Token = "session-token-value";
    private const string ExpiredKey = "ASIAEXPIREDKEY000001";
    private const string ExpiredToken = "expired-session-token";

    private EmulatorServer server = null!;
    private TestClient client = null!;

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions { ImportStepInterval = TimeSpan.Zero };
        options.Credentials.Add(new EmulatorCredential(TempKey, TempSecret, Token));
        options.Credentials.Add(new EmulatorCredential(ExpiredKey, TempSecret, ExpiredToken));
        options.ExpiredSessionTokens.Add(ExpiredToken);
        server = await EmulatorServer.StartAsync(options);
        client = new TestClient(server.BaseUri);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
    }

    private static Signing Mgn(Signing s) => s with { Region = "eu-west-1", Service = "mgn" };

    private async Task AssertIeErrorAsync(Signing signing, HttpStatusCode status, string code)
    {
        var response = await client.ImportExportAsync("ListJobs", signing: signing);
        Assert.Equal((status, code), (response.StatusCode, await response.IeErrorCodeAsync()));
    }

    private async Task AssertMgnErrorAsync(Signing signing, HttpStatusCode status, string code)
    {
        var response = await client.MgnAsync("ListImports", new { }, signing);
        Assert.Equal((status, code), (response.StatusCode, response.ErrorType()));
    }

    [Fact]
    public async Task A_valid_sigv4_request_is_accepted_by_both_services_and_recorded_as_v4()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.ImportExportAsync("ListJobs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.MgnAsync("ListImports", new { })).StatusCode);

        Assert.All(server.State.Requests, r => Assert.Equal(("v4", EmulatorFixture.AccessKey), (r.SignatureVersion, r.AccessKeyId)));
    }

    [Theory]
    [InlineData(true, "HmacSHA256")]
    [InlineData(false, "HmacSHA256")]
    [InlineData(true, "HmacSHA1")]
    public async Task Import_export_accepts_sigv2_with_or_without_the_port_in_the_signed_host(bool hostWithPort, string method)
    {
        var response = await client.ImportExportV2Async("ListJobs", [new("MaxJobs", "5")], hostWithPort: hostWithPort, method: method);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var recorded = server.State.Requests[^1];
        Assert.Equal("v2", recorded.SignatureVersion);
        Assert.Equal("5", recorded.Parameters["MaxJobs"]);
        Assert.False(recorded.Parameters.ContainsKey("Signature"));
        Assert.False(recorded.Parameters.ContainsKey("AWSAccessKeyId"));
    }

    [Fact]
    public async Task A_wrong_sigv2_secret_is_SignatureDoesNotMatch()
    {
        var response = await client.ImportExportV2Async("ListJobs", signing: new Signing(SecretKey: "wrong"));

        Assert.Equal((HttpStatusCode.Forbidden, "SignatureDoesNotMatch"), (response.StatusCode, await response.IeErrorCodeAsync()));
    }

    [Fact]
    public async Task A_skewed_sigv2_timestamp_is_RequestExpired()
    {
        var response = await client.ImportExportV2Async("ListJobs", signing: new Signing(ClockOffset: TimeSpan.FromMinutes(-20)));

        Assert.Equal((HttpStatusCode.BadRequest, "RequestExpired"), (response.StatusCode, await response.IeErrorCodeAsync()));
    }

    [Fact]
    public Task A_wrong_secret_is_SignatureDoesNotMatch_for_import_export() =>
        AssertIeErrorAsync(new Signing(SecretKey: "wrong"), HttpStatusCode.Forbidden, "SignatureDoesNotMatch");

    [Fact]
    public Task A_wrong_secret_is_InvalidSignatureException_for_mgn() =>
        AssertMgnErrorAsync(Mgn(new Signing(SecretKey: "wrong")), HttpStatusCode.Forbidden, "InvalidSignatureException");

    [Fact]
    public Task An_unknown_key_is_InvalidAccessKeyIdException_for_import_export() =>
        AssertIeErrorAsync(new Signing(AccessKey: "AKIAUNKNOWNKEY000000"), HttpStatusCode.Forbidden, "InvalidAccessKeyIdException");

    [Fact]
    public Task An_unknown_key_is_UnrecognizedClientException_for_mgn() =>
        AssertMgnErrorAsync(Mgn(new Signing(AccessKey: "AKIAUNKNOWNKEY000000")), HttpStatusCode.Forbidden, "UnrecognizedClientException");

    [Fact]
    public async Task A_clock_skew_over_fifteen_minutes_is_refused_by_both_services()
    {
        await AssertIeErrorAsync(new Signing(ClockOffset: TimeSpan.FromMinutes(16)), HttpStatusCode.BadRequest, "RequestExpired");
        await AssertMgnErrorAsync(Mgn(new Signing(ClockOffset: TimeSpan.FromMinutes(-16))), HttpStatusCode.Forbidden, "InvalidSignatureException");

        var response = await client.MgnAsync("ListImports", new { }, Mgn(new Signing(ClockOffset: TimeSpan.FromMinutes(-16))));
        Assert.StartsWith("Signature expired:", (await response.JsonAsync()).GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_clock_skew_under_fifteen_minutes_is_accepted()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.ImportExportAsync("ListJobs", signing: new Signing(ClockOffset: TimeSpan.FromMinutes(10)))).StatusCode);
    }

    [Fact]
    public async Task An_unsigned_request_is_missing_authentication()
    {
        await AssertIeErrorAsync(new Signing(Unsigned: true), HttpStatusCode.Forbidden, "MissingAuthenticationToken");
        await AssertMgnErrorAsync(new Signing(Unsigned: true), HttpStatusCode.Forbidden, "MissingAuthenticationTokenException");
    }

    [Fact]
    public async Task Import_export_requires_the_IngestionService_scope_in_us_east_1()
    {
        await AssertIeErrorAsync(new Signing(Service: "importexport"), HttpStatusCode.Forbidden, "SignatureDoesNotMatch");
        await AssertIeErrorAsync(new Signing(Region: "eu-west-1"), HttpStatusCode.Forbidden, "SignatureDoesNotMatch");
    }

    [Fact]
    public async Task Temporary_keys_need_their_exact_session_token()
    {
        var good = new Signing(TempKey, TempSecret, Token);
        Assert.Equal(HttpStatusCode.OK, (await client.ImportExportAsync("ListJobs", signing: good)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.MgnAsync("ListImports", new { }, Mgn(good))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.ImportExportV2Async("ListJobs", signing: good)).StatusCode);

        await AssertIeErrorAsync(good with { SessionToken = null }, HttpStatusCode.Forbidden, "InvalidClientTokenId");
        await AssertIeErrorAsync(good with { SessionToken = "other" }, HttpStatusCode.Forbidden, "InvalidClientTokenId");
        await AssertMgnErrorAsync(Mgn(good with { SessionToken = "other" }), HttpStatusCode.Forbidden, "UnrecognizedClientException");
    }

    [Fact]
    public async Task An_expired_session_token_is_ExpiredToken()
    {
        var expired = new Signing(ExpiredKey, TempSecret, ExpiredToken);

        await AssertIeErrorAsync(expired, HttpStatusCode.Forbidden, "ExpiredToken");
        await AssertMgnErrorAsync(Mgn(expired), HttpStatusCode.Forbidden, "ExpiredTokenException");
    }

    [Fact]
    public async Task A_presigned_url_is_accepted_until_it_expires()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.ImportExportPresignedAsync("ListJobs")).StatusCode);

        var expired = await client.ImportExportPresignedAsync("ListJobs", expiresSeconds: 60, signing: new Signing(ClockOffset: TimeSpan.FromMinutes(-2)));
        Assert.Equal((HttpStatusCode.BadRequest, "RequestExpired"), (expired.StatusCode, await expired.IeErrorCodeAsync()));

        var forged = await client.ImportExportPresignedAsync("ListJobs", signing: new Signing(SecretKey: "wrong"));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    [Fact]
    public async Task A_tampered_body_does_not_match_its_signature()
    {
        var signing = new Signing();
        var response = await client.SendV4Async("/", "Action=ListJobs&Version=2010-06-01", "application/x-www-form-urlencoded; charset=utf-8", signing);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // Same signature material, different body: sign one body, send another.
        var recorded = server.State.Requests[^1];
        using var raw = new HttpClient { BaseAddress = server.BaseUri };
        var forged = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent("Action=ListJobs&Version=2010-06-01&MaxJobs=1") };
        forged.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded; charset=utf-8");
        forged.Headers.TryAddWithoutValidation("Authorization", recorded.Headers["Authorization"]);
        forged.Headers.TryAddWithoutValidation("X-Amz-Date", recorded.Headers["X-Amz-Date"]);
        var rejected = await raw.SendAsync(forged);

        Assert.Equal((HttpStatusCode.Forbidden, "SignatureDoesNotMatch"), (rejected.StatusCode, await rejected.IeErrorCodeAsync()));
    }

    [Fact]
    public async Task Credentials_can_be_added_at_runtime_through_the_admin_api()
    {
        var response = await client.SendAsync(HttpMethod.Post, "/__admin/credentials", """{"accessKeyId":"AKIAADDEDATRUNTIME01","secretAccessKey":"added","accountId":"121212121212"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.ImportExportAsync("ListJobs", signing: new Signing("AKIAADDEDATRUNTIME01", "added"))).StatusCode);
    }
}
