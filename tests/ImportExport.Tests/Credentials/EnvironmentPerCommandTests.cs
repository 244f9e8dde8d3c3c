using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Credentials;

/// <summary>
/// Each documented environment variable, changed between two commands of one session, is honoured by the second: the
/// first command leaves a cached client behind, so a variable the cache did not key on would show the old value.
/// AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE are in <see cref="SharedFilesPerCommandTests"/>.
/// </summary>
[Collection(PowerShellHost.ProcessEnvironmentCollection)]
public sealed class EnvironmentPerCommandTests(EmulatorFixture emulator) : SharedFilesTestBase(emulator), IClassFixture<EmulatorFixture>
{
    private const string WrongSecret = "not/the/secret/of/this/key/at/all/0000000";

    [Fact]
    public void A_new_AWS_ACCESS_KEY_ID_signs_the_next_command()
    {
        UseKeysFromEnvironment();
        Assert.Empty(PS.Run("Get-IEJob -EndpointUrl $endpoint").AllErrors);

        PS.SetEnvironment("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7ANOTHER");
        Emulator.State.ClearRequests();
        PS.Run("Get-IEJob -EndpointUrl $endpoint");

        Assert.Equal("AKIAIOSFODNN7ANOTHER", Assert.Single(Emulator.State.Requests, r => r.Operation == "ListJobs").AccessKeyId);
    }

    [Theory]
    [InlineData("AWS_SECRET_ACCESS_KEY")]
    [InlineData("AWS_SECRET_KEY")]
    public void A_changed_secret_key_variable_signs_the_next_command(string variable)
    {
        PS.SetEnvironment("AWS_ACCESS_KEY_ID", EmulatorFixture.AccessKey);
        PS.SetEnvironment(variable, EmulatorFixture.SecretKey);
        Assert.Empty(PS.Run("Get-IEJob -EndpointUrl $endpoint").AllErrors);

        PS.SetEnvironment(variable, WrongSecret);

        Assert.Equal("SignatureDoesNotMatch,ImportExport.Cmdlets.GetIEJobCommand", SingleError(PS.Run("Get-IEJob -EndpointUrl $endpoint")).FullyQualifiedErrorId);
    }

    [Fact]
    public void A_new_AWS_SESSION_TOKEN_goes_with_the_next_command()
    {
        UseKeysFromEnvironment();
        Assert.Empty(PS.Run("Get-IEJob -EndpointUrl $endpoint").AllErrors);

        // The emulator's long-term key takes no token: a request that carries one is refused.
        PS.SetEnvironment("AWS_SESSION_TOKEN", "a-token-this-key-does-not-have");
        Emulator.State.ClearRequests();

        Assert.Single(PS.Run("Get-IEJob -EndpointUrl $endpoint").AllErrors);
        Assert.Equal("a-token-this-key-does-not-have", Assert.Single(Emulator.State.Requests, r => r.Operation == "ListJobs").Headers["X-Amz-Security-Token"]);
    }

    [Fact]
    public void A_new_AWS_PROFILE_is_the_next_commands_profile()
    {
        Write("credentials", Keys("default") + Keys("other"));
        Assert.Contains(VerboseOf("Get-IEJob -EndpointUrl $endpoint -Verbose"), v => v.Contains("credentials from the default profile"));

        PS.SetEnvironment("AWS_PROFILE", "other");

        Assert.Contains(VerboseOf("Get-IEJob -EndpointUrl $endpoint -Verbose"), v => v.Contains("credentials from profile 'other' (AWS_PROFILE)"));
    }

    [Theory]
    [InlineData("AWS_REGION")]
    [InlineData("AWS_DEFAULT_REGION")]
    public void A_new_region_variable_is_the_next_commands_region(string variable)
    {
        Write("credentials", Keys("default"));
        PS.SetEnvironment(variable, "eu-west-1");
        Assert.Contains(VerboseOf("Get-MGNImport -EndpointUrl $endpoint -Verbose"), v => v.Contains($"signing region eu-west-1 (environment variable {variable})"));

        PS.SetEnvironment(variable, "ap-southeast-2");

        Assert.Contains(VerboseOf("Get-MGNImport -EndpointUrl $endpoint -Verbose"), v => v.Contains($"signing region ap-southeast-2 (environment variable {variable})"));
    }

    [Theory]
    [InlineData("AWS_ENDPOINT_URL", "Get-IEJob")]
    [InlineData("AWS_ENDPOINT_URL_IMPORTEXPORT", "Get-IEJob")]
    [InlineData("AWS_ENDPOINT_URL_MGN", "Get-MGNImport -Region eu-west-1")]
    public void A_new_endpoint_variable_is_the_next_commands_endpoint(string variable, string command)
    {
        Write("credentials", Keys("default"));
        var byAddress = $"http://127.0.0.1:{Emulator.Endpoint.Port}";
        var byName = $"http://localhost:{Emulator.Endpoint.Port}";
        PS.SetEnvironment(variable, byAddress);
        Assert.Contains(VerboseOf(command + " -Verbose"), v => v.Contains($"endpoint {byAddress}"));

        PS.SetEnvironment(variable, byName);

        Assert.Contains(VerboseOf(command + " -Verbose"), v => v.Contains($"endpoint {byName}"));
    }

    [Fact]
    public void AWS_IGNORE_CONFIGURED_ENDPOINT_URLS_set_later_sends_the_next_command_to_the_public_endpoint()
    {
        Write("credentials", Keys("default"));
        PS.SetEnvironment("AWS_ENDPOINT_URL", Emulator.Endpoint.ToString());
        Assert.Empty(PS.Run("Get-IEJob").AllErrors);

        PS.SetEnvironment("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");

        // Whether the public endpoint answers from here does not matter: the command chose it.
        Assert.Contains(PS.Run("Get-IEJob -MaxRetry 0 -Verbose").Verbose, v => v.Message.Contains("endpoint https://importexport.amazonaws.com"));
    }

    [Fact]
    public void New_AWS_RETRY_MODE_and_AWS_MAX_ATTEMPTS_are_the_next_commands_retry_settings()
    {
        Write("credentials", Keys("default"));
        Assert.Contains(VerboseOf("Get-IEJob -EndpointUrl $endpoint -Verbose"), v => v.Contains("retry mode standard (default), at most 3 attempt(s)"));

        PS.SetEnvironment("AWS_RETRY_MODE", "adaptive");
        Assert.Contains(VerboseOf("Get-IEJob -EndpointUrl $endpoint -Verbose"), v => v.Contains("retry mode adaptive (AWS_RETRY_MODE), at most 3 attempt(s)"));

        PS.SetEnvironment("AWS_MAX_ATTEMPTS", "5");
        Assert.Contains(VerboseOf("Get-IEJob -EndpointUrl $endpoint -Verbose"), v => v.Contains("at most 5 attempt(s) (AWS_MAX_ATTEMPTS)"));
    }

    [Fact]
    public void New_web_identity_variables_give_the_next_command_its_credentials()
    {
        Write("credentials", Keys("default"));
        PS.SetEnvironment("AWS_ENDPOINT_URL_STS", Emulator.Endpoint.ToString());
        Assert.Contains(VerboseOf("Get-IEJob -EndpointUrl $endpoint -Verbose"), v => v.Contains("credentials from the default profile"));

        PS.SetEnvironment("AWS_WEB_IDENTITY_TOKEN_FILE", Write("token.jwt", "eyJhbGciOiJSUzI1NiJ9.emulator.token"));
        PS.SetEnvironment("AWS_ROLE_ARN", "arn:aws:iam::111122223333:role/Web");
        PS.SetEnvironment("AWS_ROLE_SESSION_NAME", "first-session");
        Emulator.State.ClearRequests();

        Assert.Contains(VerboseOf("Get-IEJob -EndpointUrl $endpoint -Verbose"), v => v.Contains("credentials from web identity (AWS_WEB_IDENTITY_TOKEN_FILE)"));
        Assert.Equal("first-session", Assert.Single(Emulator.State.Requests, r => r.Operation == "AssumeRoleWithWebIdentity").Parameters["RoleSessionName"]);

        PS.SetEnvironment("AWS_ROLE_SESSION_NAME", "second-session");
        Emulator.State.ClearRequests();
        PS.Run("Get-IEJob -EndpointUrl $endpoint").AssertClean();

        Assert.Equal("second-session", Assert.Single(Emulator.State.Requests, r => r.Operation == "AssumeRoleWithWebIdentity").Parameters["RoleSessionName"]);
    }

    [Fact]
    public void New_instance_metadata_variables_change_what_the_next_command_tries()
    {
        Assert.Contains("turned off by AWS_EC2_METADATA_DISABLED", Shown(SingleError(PS.Run("Get-IEJob -EndpointUrl $endpoint"))));

        var first = LoopbackServer.RefusingEndpoint();
        PS.SetEnvironment("AWS_EC2_METADATA_DISABLED", null);
        PS.SetEnvironment("AWS_EC2_METADATA_SERVICE_ENDPOINT", first);
        Assert.Contains(first, Shown(SingleError(PS.Run("Get-IEJob -EndpointUrl $endpoint"))));

        var second = LoopbackServer.RefusingEndpoint();
        PS.SetEnvironment("AWS_EC2_METADATA_SERVICE_ENDPOINT", second);
        Assert.Contains(second, Shown(SingleError(PS.Run("Get-IEJob -EndpointUrl $endpoint"))));
    }

    [Fact]
    public void New_container_credential_variables_change_what_the_next_command_tries()
    {
        Assert.Contains("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI/FULL_URI are not set", Shown(SingleError(PS.Run("Get-IEJob -EndpointUrl $endpoint"))));

        PS.SetEnvironment("AWS_CONTAINER_CREDENTIALS_FULL_URI", LoopbackServer.RefusingEndpoint() + "/credentials");

        Assert.DoesNotContain("are not set", Shown(SingleError(PS.Run("Get-IEJob -EndpointUrl $endpoint -MaxRetry 0"))));
    }

    [Fact]
    public void A_new_HOME_points_the_next_command_at_that_homes_shared_files()
    {
        PS.SetEnvironment("AWS_SHARED_CREDENTIALS_FILE", null);
        PS.SetEnvironment("AWS_CONFIG_FILE", null);
        PS.SetEnvironment("USERPROFILE", null);
        var home = Directory.CreateDirectory(Path.Combine(Folder, "home")).FullName;
        Directory.CreateDirectory(Path.Combine(home, ".aws"));
        File.WriteAllText(Path.Combine(home, ".aws", "credentials"), Keys("at-home"));
        PS.SetEnvironment("HOME", Folder);
        Assert.Equal("ProfileNotFound,ImportExport.Cmdlets.GetIEJobCommand", SingleError(PS.Run("Get-IEJob -ProfileName at-home -EndpointUrl $endpoint")).FullyQualifiedErrorId);

        PS.SetEnvironment("HOME", home);

        Assert.Empty(PS.Run("Get-IEJob -ProfileName at-home -EndpointUrl $endpoint").AllErrors);
    }

    private void UseKeysFromEnvironment()
    {
        PS.SetEnvironment("AWS_ACCESS_KEY_ID", EmulatorFixture.AccessKey);
        PS.SetEnvironment("AWS_SECRET_ACCESS_KEY", EmulatorFixture.SecretKey);
    }

    private IEnumerable<string> VerboseOf(string script)
    {
        var result = PS.Run(script);
        Assert.Empty(result.AllErrors);
        return result.Verbose.Select(v => v.Message);
    }
}
