using System.Security.Cryptography;
using System.Text;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Credentials;

/// <summary>
/// Issue 13, item 3: assume-role (with a chain), web-identity and SSO profiles work end to end through the cmdlets,
/// with the emulator's STS and SSO portal (AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL_SSO) issuing the temporary keys
/// that then sign the Import/Export and MGN requests.
/// </summary>
[Collection(PowerShellHost.ProcessEnvironmentCollection)]
public sealed class TemporaryCredentialProfileTests : SharedFilesTestBase, IClassFixture<EmulatorFixture>
{
    private const string Account = "444455556666";

    public TemporaryCredentialProfileTests(EmulatorFixture emulator)
        : base(emulator)
    {
        PS.SetEnvironment("AWS_ENDPOINT_URL_STS", emulator.Endpoint.ToString());
        PS.SetEnvironment("AWS_ENDPOINT_URL_SSO", emulator.Endpoint.ToString());
        Write("credentials", Keys("base"));
    }

    [Fact]
    public void An_assume_role_profile_signs_with_the_role_s_temporary_keys()
    {
        Write("config", $"[profile admin]\nrole_arn = arn:aws:iam::{Account}:role/Admin\nsource_profile = base\nrole_session_name = ie-test\n");
        Emulator.State.ClearRequests();

        var result = PS.Run("Get-IEJob -ProfileName admin -EndpointUrl $endpoint -Verbose");

        result.AssertCompleted();
        Assert.Empty(result.AllErrors);
        var assume = Assert.Single(Emulator.State.Requests, r => r.Operation == "AssumeRole");
        Assert.Equal(EmulatorFixture.AccessKey, assume.AccessKeyId);
        Assert.Contains(Emulator.State.Requests, r => r.Operation == "ListJobs" && r.AccessKeyId!.StartsWith("ASIA", StringComparison.Ordinal));
        Assert.Contains(result.Verbose, v => v.Message.Contains("profile 'admin'"));
    }

    [Fact]
    public void An_assume_role_profile_never_waits_for_instance_metadata()
    {
        using var blackHole = new BlackHoleServer();
        PS.SetEnvironment("AWS_EC2_METADATA_DISABLED", null);
        PS.SetEnvironment("AWS_EC2_METADATA_SERVICE_ENDPOINT", blackHole.Url);
        Write("config", $"[profile admin]\nrole_arn = arn:aws:iam::{Account}:role/Admin\nsource_profile = base\n");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = PS.Run("Get-IEJob -ProfileName admin -EndpointUrl $endpoint");

        result.AssertCompleted();
        Assert.Empty(result.AllErrors);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_role_chain_assumes_each_role_in_turn()
    {
        Write("config",
            $"[profile first]\nrole_arn = arn:aws:iam::{Account}:role/First\nsource_profile = base\n" +
            $"[profile second]\nrole_arn = arn:aws:iam::{Account}:role/Second\nsource_profile = first\nregion = eu-west-1\n");
        Emulator.State.ClearRequests();

        var result = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key k.csv -ProfileName second -EndpointUrl $endpoint -Confirm:$false");

        result.AssertCompleted();
        var task = Assert.Single(result.OutputOf<ImportExport.Mgn.ImportTask>());
        Assert.Contains($":{Account}:", task.Arn);
        var assumed = Emulator.State.Requests.Where(r => r.Operation == "AssumeRole").ToList();
        Assert.Equal(2, assumed.Count);
        Assert.Equal(EmulatorFixture.AccessKey, assumed[0].AccessKeyId);
        Assert.StartsWith("ASIA", assumed[1].AccessKeyId);
    }

    [Fact]
    public void A_role_chain_whose_source_is_a_credential_process_assumes_each_role_with_the_process_s_keys()
    {
        var script = Write("broker.sh", $"#!/bin/sh\necho '{{\"Version\": 1, \"AccessKeyId\": \"{EmulatorFixture.AccessKey}\", \"SecretAccessKey\": \"{EmulatorFixture.SecretKey}\"}}'\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Write("credentials", $"[broker]\ncredential_process = {script}\n");
        Write("config",
            $"[profile first]\nrole_arn = arn:aws:iam::{Account}:role/First\nsource_profile = broker\n" +
            $"[profile second]\nrole_arn = arn:aws:iam::{Account}:role/Second\nsource_profile = first\nrole_session_name = runbook\n");
        Emulator.State.ClearRequests();

        var result = PS.Run("Get-IEJob -ProfileName second -EndpointUrl $endpoint");

        result.AssertCompleted();
        Assert.Empty(result.AllErrors);
        var assumed = Emulator.State.Requests.Where(r => r.Operation == "AssumeRole").ToList();
        Assert.Equal(2, assumed.Count);
        Assert.Equal(EmulatorFixture.AccessKey, assumed[0].AccessKeyId);
        // A role without role_session_name gets the session name AWSSDK.Core's factory gives it.
        Assert.StartsWith("aws-dotnet-sdk-session-", (string)assumed[0].Parameters["RoleSessionName"]!, StringComparison.Ordinal);
        Assert.StartsWith("ASIA", assumed[1].AccessKeyId);
        Assert.Equal("runbook", assumed[1].Parameters["RoleSessionName"]);
        Assert.Contains(Emulator.State.Requests, r => r.Operation == "ListJobs" && r.AccessKeyId!.StartsWith("ASIA", StringComparison.Ordinal));
    }

    [Fact]
    public void A_web_identity_profile_gets_keys_from_AssumeRoleWithWebIdentity()
    {
        var token = Write("token.jwt", "eyJhbGciOiJSUzI1NiJ9.emulator.token");
        Write("config", $"[profile web]\nrole_arn = arn:aws:iam::{Account}:role/Web\nweb_identity_token_file = {token}\nrole_session_name = ie-web\n");
        Emulator.State.ClearRequests();

        var result = PS.Run("Get-IEJob -ProfileName web -EndpointUrl $endpoint");

        result.AssertCompleted();
        Assert.Empty(result.AllErrors);
        var call = Assert.Single(Emulator.State.Requests, r => r.Operation == "AssumeRoleWithWebIdentity");
        Assert.False(call.Headers.ContainsKey("Authorization"));
        Assert.Contains(Emulator.State.Requests, r => r.Operation == "ListJobs" && r.AccessKeyId!.StartsWith("ASIA", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_SSO_profile_uses_the_cached_token_with_GetRoleCredentials(bool ssoSession)
    {
        PS.SetEnvironment("HOME", Folder);
        const string startUrl = "https://emulator.awsapps.com/start";
        var accessToken = "sso-" + Guid.NewGuid().ToString("N");
        Emulator.State.AddSsoAccessToken(accessToken);
        WriteSsoConfig(ssoSession, startUrl);
        WriteCachedToken(ssoSession ? "corp" : startUrl, accessToken, startUrl, DateTime.UtcNow.AddHours(8));
        Emulator.State.ClearRequests();

        var result = PS.Run("Get-IEJob -ProfileName sso -EndpointUrl $endpoint");

        result.AssertCompleted();
        Assert.Empty(result.AllErrors);
        Assert.Single(Emulator.State.Requests, r => r.Operation == "GetRoleCredentials");
        Assert.Contains(Emulator.State.Requests, r => r.Operation == "ListJobs" && r.AccessKeyId!.StartsWith("ASIA", StringComparison.Ordinal));
    }

    [Fact]
    public void An_expired_SSO_token_says_to_run_aws_sso_login()
    {
        PS.SetEnvironment("HOME", Folder);
        const string startUrl = "https://emulator.awsapps.com/start";
        WriteSsoConfig(ssoSession: true, startUrl);
        WriteCachedToken("corp", "expired-token", startUrl, DateTime.UtcNow.AddHours(-1));

        var result = PS.Run("Get-IEJob -ProfileName sso -EndpointUrl $endpoint");

        var error = SingleError(result);
        Assert.Equal("SsoLoginRequired,ImportExport.Cmdlets.GetIEJobCommand", error.FullyQualifiedErrorId);
        Assert.Contains("aws sso login", Shown(error));
        Assert.Contains("'sso'", Shown(error));
    }

    private void WriteSsoConfig(bool ssoSession, string startUrl) =>
        Write("config", ssoSession
            ? $"[profile sso]\nsso_session = corp\nsso_account_id = {Account}\nsso_role_name = Admin\n[sso-session corp]\nsso_start_url = {startUrl}\nsso_region = eu-west-1\nsso_registration_scopes = sso:account:access\n"
            : $"[profile sso]\nsso_start_url = {startUrl}\nsso_region = eu-west-1\nsso_account_id = {Account}\nsso_role_name = Admin\n");

    // What `aws sso login` leaves: ~/.aws/sso/cache/<sha1 of the session name or start URL>.json.
    private void WriteCachedToken(string key, string accessToken, string startUrl, DateTime expiresAt)
    {
        var cache = Path.Combine(Folder, ".aws", "sso", "cache");
        Directory.CreateDirectory(cache);
        var name = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant() + ".json";
        File.WriteAllText(Path.Combine(cache, name), $$"""
            {"accessToken": "{{accessToken}}", "expiresAt": "{{expiresAt:yyyy-MM-ddTHH:mm:ssZ}}", "region": "eu-west-1", "startUrl": "{{startUrl}}"}
            """);
    }
}
