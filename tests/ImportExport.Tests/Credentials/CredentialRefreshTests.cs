using System.Security.Cryptography;
using System.Text;
using ImportExport.Emulator;
using ImportExport.Runtime;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Credentials;

/// <summary>
/// Issue 24, items 4 to 6: temporary credentials that expire while a session (or a command) goes on. Each request is
/// signed with one consistent set of keys; credentials are renewed ahead of expiry by a margin that fits their
/// lifetime (never on every request); a profile's duration_seconds reaches STS; a renewal that fails is the
/// documented error with its cause and advice; a fresh SSO token is used by the next command. The emulator's STS and
/// SSO portal issue short-lived credentials for these tests (<see cref="EmulatorOptions.IssuedCredentialLifetime"/>).
/// </summary>
[Collection(PowerShellHost.ProcessEnvironmentCollection)]
public sealed class CredentialRefreshTests : SharedFilesTestBase, IClassFixture<EmulatorFixture>
{
    private const string Account = "444455556666";
    private const string StartUrl = "https://emulator.awsapps.com/start";

    public CredentialRefreshTests(EmulatorFixture emulator)
        : base(emulator)
    {
        emulator.Options.IssuedCredentialLifetime = null;
        PS.SetEnvironment("AWS_ENDPOINT_URL_STS", emulator.Endpoint.ToString());
        PS.SetEnvironment("AWS_ENDPOINT_URL_SSO", emulator.Endpoint.ToString());
        Write("credentials", Keys("base"));
        Write("config", $"[profile admin]\nrole_arn = arn:aws:iam::{Account}:role/Admin\nsource_profile = base\n");
    }

    [Theory]
    [InlineData(3600, 900)]
    [InlineData(900, 225)]
    [InlineData(60, 15)]
    [InlineData(43200, 900)]
    public void Credentials_are_renewed_a_quarter_of_their_lifetime_before_expiry_and_at_most_15_minutes_before(int lifetime, int margin) =>
        Assert.Equal(TimeSpan.FromSeconds(margin), LeasedCredentials.MarginFor(TimeSpan.FromSeconds(lifetime)));

    [Fact]
    public void Short_lived_role_credentials_sign_every_request_with_one_set_of_keys_and_are_not_fetched_per_request()
    {
        Emulator.Options.IssuedCredentialLifetime = TimeSpan.FromSeconds(20);
        Emulator.State.ClearRequests();

        var result = PS.Run("1..10 | ForEach-Object { Get-IEJob -ProfileName admin -EndpointUrl $endpoint -First 1 -MaxRetry 0 | Out-Null }");

        Assert.Empty(result.AllErrors);
        Assert.Equal(10, Emulator.State.Requests.Count(r => r.Operation == "ListJobs" && r.StatusCode == 200));
        Assert.InRange(Emulator.State.Requests.Count(r => r.Operation == "AssumeRole"), 1, 3);
    }

    [Fact]
    public void A_profile_s_duration_seconds_reaches_STS_and_15_minute_credentials_serve_many_requests()
    {
        Write("config", $"[profile admin]\nrole_arn = arn:aws:iam::{Account}:role/Admin\nsource_profile = base\nduration_seconds = 900\n");
        Emulator.State.ClearRequests();

        var result = PS.Run("1..10 | ForEach-Object { Get-IEJob -ProfileName admin -EndpointUrl $endpoint -First 1 | Out-Null }");

        Assert.Empty(result.AllErrors);
        var assume = Assert.Single(Emulator.State.Requests, r => r.Operation == "AssumeRole");
        Assert.Equal("900", assume.Parameters["DurationSeconds"]?.ToString());
    }

    [Fact]
    public void A_duration_seconds_that_is_not_a_number_is_InvalidProfile_naming_the_key()
    {
        Write("config", $"[profile admin]\nrole_arn = arn:aws:iam::{Account}:role/Admin\nsource_profile = base\nduration_seconds = 1h\n");

        var error = SingleError(PS.Run("Get-IEJob -ProfileName admin -EndpointUrl $endpoint"));

        Assert.StartsWith("InvalidProfile,", error.FullyQualifiedErrorId);
        Assert.Contains("duration_seconds", Shown(error));
        Assert.Contains("'1h'", Shown(error));
        var failure = CredentialFailure(error);
        Assert.Equal(("admin", "duration_seconds", ConfigFile, (int?)4), (failure.Profile, failure.Setting, failure.File, failure.Line));
    }

    [Fact]
    public void STS_down_when_role_credentials_need_renewal_is_InvalidProfile_with_the_cause_and_advice_to_run_again()
    {
        Emulator.Options.IssuedCredentialLifetime = TimeSpan.FromSeconds(2);
        Emulator.State.ClearRequests();
        PS.Run("Get-IEJob -ProfileName admin -EndpointUrl $endpoint -First 1").AssertClean();
        Thread.Sleep(TimeSpan.FromSeconds(2.5));
        PS.Run("Get-IEJob -ProfileName admin -EndpointUrl $endpoint -First 1").AssertClean();
        Assert.Equal(2, Emulator.State.Requests.Count(r => r.Operation == "AssumeRole"));

        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.ServiceUnavailable, Service = "sts", Operation = "AssumeRole", Count = 20 });
        try
        {
            Thread.Sleep(TimeSpan.FromSeconds(2.5));
            var error = SingleError(PS.Run("Get-IEJob -ProfileName admin -EndpointUrl $endpoint -First 1"));

            Assert.Equal("InvalidProfile,ImportExport.Cmdlets.GetIEJobCommand", error.FullyQualifiedErrorId);
            Assert.Equal(System.Management.Automation.ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
            Assert.Contains("could not refresh its credentials during the command", Shown(error));
            Assert.Contains("503", Shown(error));
            Assert.Contains("run the command again", error.ErrorDetails!.RecommendedAction);
        }
        finally
        {
            Emulator.State.ClearFaults();
        }
    }

    [Fact]
    public void An_SSO_session_that_ends_during_the_session_is_SsoLoginRequired_and_a_new_login_is_used_by_the_next_command()
    {
        PS.SetEnvironment("HOME", Folder);
        Emulator.Options.IssuedCredentialLifetime = TimeSpan.FromSeconds(2);
        Write("config", $"[profile sso]\nsso_session = corp\nsso_account_id = {Account}\nsso_role_name = Admin\n[sso-session corp]\nsso_start_url = {StartUrl}\nsso_region = eu-west-1\nsso_registration_scopes = sso:account:access\n");
        var first = "sso-" + Guid.NewGuid().ToString("N");
        Emulator.State.AddSsoAccessToken(first);
        WriteCachedToken(first, DateTime.UtcNow.AddSeconds(4));

        PS.Run("Get-IEJob -ProfileName sso -EndpointUrl $endpoint -First 1").AssertClean();
        Thread.Sleep(TimeSpan.FromSeconds(5));

        // The role credentials need renewal and the SSO token has expired: the documented error, not ClientError.
        var expired = SingleError(PS.Run("Get-IEJob -ProfileName sso -EndpointUrl $endpoint -First 1"));
        Assert.Equal("SsoLoginRequired,ImportExport.Cmdlets.GetIEJobCommand", expired.FullyQualifiedErrorId);
        Assert.Contains("aws sso login", Shown(expired));

        // What `aws sso login` leaves behind: the next command of the same session uses it.
        var second = "sso-" + Guid.NewGuid().ToString("N");
        Emulator.State.AddSsoAccessToken(second);
        WriteCachedToken(second, DateTime.UtcNow.AddHours(8));
        PS.Run("Get-IEJob -ProfileName sso -EndpointUrl $endpoint -First 1").AssertClean();
    }

    // What `aws sso login` leaves: ~/.aws/sso/cache/<sha1 of the session name>.json.
    private void WriteCachedToken(string accessToken, DateTime expiresAt)
    {
        var cache = Path.Combine(Folder, ".aws", "sso", "cache");
        Directory.CreateDirectory(cache);
        var name = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes("corp"))).ToLowerInvariant() + ".json";
        File.WriteAllText(Path.Combine(cache, name), $$"""
            {"accessToken": "{{accessToken}}", "expiresAt": "{{expiresAt:yyyy-MM-ddTHH:mm:ssZ}}", "region": "eu-west-1", "startUrl": "{{StartUrl}}"}
            """);
    }
}
