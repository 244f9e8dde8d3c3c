using System.Management.Automation;
using ImportExport.IE;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets;

/// <summary>
/// Where credentials, region and endpoint come from: parameters, AWS Tools session defaults,
/// environment variables and profiles, and what -Verbose says about it.
/// </summary>
[Collection(PowerShellHost.ProcessEnvironmentCollection)]
public sealed class ConnectionTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    private const string SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private void ClearAwsEnvironment()
    {
        foreach (var name in new[] { "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_IMPORTEXPORT", "AWS_ENDPOINT_URL_MGN" })
        {
            PS.SetEnvironment(name, null);
        }

        // An empty credentials file: no developer's real profile can leak into the test.
        var empty = Path.Combine(Path.GetTempPath(), $"aws-empty-{Guid.NewGuid():N}");
        File.WriteAllText(empty, string.Empty);
        PS.SetEnvironment("AWS_SHARED_CREDENTIALS_FILE", empty);
        PS.SetEnvironment("AWS_CONFIG_FILE", empty);
        PS.SetEnvironment("AWS_EC2_METADATA_DISABLED", "true");
    }

    [Fact]
    public void Verbose_names_the_endpoint_region_and_credential_source_but_never_the_secret()
    {
        var result = PS.Run("Get-IEJob @aws -Verbose");

        var verbose = string.Join("\n", result.Verbose.Select(v => v.Message));
        Assert.Contains(Emulator.Endpoint.ToString(), verbose);
        Assert.Contains("us-east-1", verbose);
        Assert.Contains("-AccessKey/-SecretKey", verbose);
        Assert.DoesNotContain(SecretKey, verbose);
    }

    [Fact]
    public void Environment_variables_supply_credentials_and_the_endpoint()
    {
        ClearAwsEnvironment();
        PS.SetEnvironment("AWS_ACCESS_KEY_ID", EmulatorFixture.AccessKey);
        PS.SetEnvironment("AWS_SECRET_ACCESS_KEY", EmulatorFixture.SecretKey);
        PS.SetEnvironment("AWS_ENDPOINT_URL_IMPORTEXPORT", Emulator.Endpoint.ToString());

        var result = RunClean("Get-IEJob -Verbose");
        Assert.Contains(result.Verbose, v => v.Message.Contains("environment variables"));
    }

    [Fact]
    public void AWS_Tools_session_defaults_are_used_when_no_parameter_is_given()
    {
        ClearAwsEnvironment();
        PS.SetVariable("StoredAWSCredentials", new Amazon.Runtime.BasicAWSCredentials(EmulatorFixture.AccessKey, EmulatorFixture.SecretKey));
        PS.SetVariable("StoredAWSRegion", "eu-central-1");

        var result = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key k.csv -EndpointUrl $endpoint -Confirm:$false -Verbose");

        var task = Assert.Single(result.OutputOf<ImportTask>());
        Assert.StartsWith("arn:aws:mgn:eu-central-1:", task.Arn);
        Assert.Contains(result.Verbose, v => v.Message.Contains("$StoredAWSCredentials") && v.Message.Contains("$StoredAWSRegion"));
    }

    [Fact]
    public void A_PSCredential_whose_user_name_is_the_access_key_works_as_Credential()
    {
        ClearAwsEnvironment();
        PS.SetVariable("cred", new PSCredential(EmulatorFixture.AccessKey, ToSecure(EmulatorFixture.SecretKey)));

        var result = RunClean("Get-IEJob -Credential $cred -EndpointUrl $endpoint");
    }

    [Fact]
    public void A_SecureString_secret_key_works()
    {
        ClearAwsEnvironment();
        PS.SetVariable("secret", ToSecure(EmulatorFixture.SecretKey));

        var result = RunClean("Get-IEJob -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey $secret -EndpointUrl $endpoint");
    }

    [Fact]
    public void A_profile_that_does_not_exist_is_an_error_never_a_fallback()
    {
        ClearAwsEnvironment();
        PS.SetEnvironment("AWS_ACCESS_KEY_ID", EmulatorFixture.AccessKey);
        PS.SetEnvironment("AWS_SECRET_ACCESS_KEY", EmulatorFixture.SecretKey);

        var result = PS.Run("Get-IEJob -ProfileName no-such-profile -EndpointUrl $endpoint");

        var error = Assert.Single(result.AllErrors);
        Assert.Equal("ProfileNotFound,ImportExport.Cmdlets.GetIEJobCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.Contains("no-such-profile", error.Exception.Message);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void A_profile_from_a_credentials_file_is_used()
    {
        ClearAwsEnvironment();
        var file = Path.Combine(Path.GetTempPath(), $"aws-credentials-{Guid.NewGuid():N}");
        File.WriteAllText(file, $"[emulator]\naws_access_key_id = {EmulatorFixture.AccessKey}\naws_secret_access_key = {EmulatorFixture.SecretKey}\n");
        PS.SetVariable("file", file);

        var result = PS.Run("Get-IEJob -ProfileName emulator -ProfileLocation $file -EndpointUrl $endpoint -Verbose");

        result.AssertCompleted();
        Assert.Contains(result.Verbose, v => v.Message.Contains("profile 'emulator'"));
    }

    [Fact]
    public void MGN_without_any_region_says_so_clearly()
    {
        ClearAwsEnvironment();

        var result = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key k.csv -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey x -EndpointUrl $endpoint -Confirm:$false");

        var error = Assert.Single(result.AllErrors);
        Assert.Equal("NoRegion,ImportExport.Cmdlets.StartMGNImportCommand", error.FullyQualifiedErrorId);
        Assert.Contains("-Region", error.Exception.Message);
    }

    [Fact]
    public void Import_Export_signs_for_us_east_1_whatever_the_region()
    {
        var result = PS.Run("Get-IEJob @aws -Region ap-southeast-2");

        Assert.Empty(result.Errors);
        Assert.Contains("/us-east-1/IngestionService/", Emulator.State.Requests.Last(r => r.Operation == "ListJobs").Headers["Authorization"]);
    }

    [Fact]
    public void Plain_http_to_a_non_loopback_endpoint_is_refused()
    {
        var result = PS.Run("Get-IEJob -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey x -EndpointUrl http://importexport.example.com");

        var error = Assert.Single(result.AllErrors);
        Assert.Equal("InvalidEndpoint,ImportExport.Cmdlets.GetIEJobCommand", error.FullyQualifiedErrorId);
        Assert.Contains("loopback", error.Exception.Message);
    }

    private static System.Security.SecureString ToSecure(string text)
    {
        var secure = new System.Security.SecureString();
        foreach (var c in text)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }
}
