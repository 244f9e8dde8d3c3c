using System.Management.Automation;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Credentials;

/// <summary>Issue 13, item 8: bad settings in a profile are errors naming the profile, the key and the file.</summary>
[Collection(PowerShellHost.ProcessEnvironmentCollection)]
public sealed class BadProfileSettingsTests(EmulatorFixture emulator) : SharedFilesTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Theory]
    [InlineData("Get-IEJob -ProfileName dev -EndpointUrl $endpoint", "GetIEJobCommand")]
    [InlineData("Start-MGNImport -S3Bucket my-import-bucket -S3Key k.csv -ProfileName dev -EndpointUrl $endpoint -Confirm:$false", "StartMGNImportCommand")]
    public void Max_attempts_that_is_not_a_number_is_InvalidRetrySetting_for_both_services(string command, string cmdlet)
    {
        Write("credentials", Keys("dev"));
        Write("config", "[profile dev]\nregion = eu-west-1\nmax_attempts = abc\n");

        var error = SingleError(PS.Run(command));

        Assert.Equal($"InvalidRetrySetting,ImportExport.Cmdlets.{cmdlet}", error.FullyQualifiedErrorId);
        Assert.Contains("max_attempts", error.Exception.Message);
        Assert.Contains("'dev'", error.Exception.Message);
        Assert.Contains(ConfigFile, error.Exception.Message);
        Assert.Contains("line 3", error.Exception.Message);
        Assert.Contains("abc", error.Exception.Message);
    }

    [Fact]
    public void A_region_that_is_not_a_region_is_InvalidRegion_for_MGN_and_does_not_break_Import_Export()
    {
        Write("credentials", Keys("dev"));
        Write("config", "[profile dev]\nregion = not a region\n");

        var error = SingleError(PS.Run("Get-MGNImport -ProfileName dev -EndpointUrl $endpoint"));
        Assert.Equal("InvalidRegion,ImportExport.Cmdlets.GetMGNImportCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("key 'region' of profile 'dev'", error.Exception.Message);
        Assert.Contains(ConfigFile, error.Exception.Message);

        // Import/Export is global: it never uses the profile's region.
        var ie = PS.Run("Get-IEJob -ProfileName dev -EndpointUrl $endpoint");
        ie.AssertCompleted();
        Assert.Empty(ie.AllErrors);
    }

    [Fact]
    public void A_profile_with_an_access_key_but_no_secret_is_InvalidProfile()
    {
        Write("credentials", $"[half]\naws_access_key_id = {EmulatorFixture.AccessKey}\n");

        var error = SingleError(PS.Run("Get-IEJob -ProfileName half -EndpointUrl $endpoint"));

        Assert.Equal("InvalidProfile,ImportExport.Cmdlets.GetIEJobCommand", error.FullyQualifiedErrorId);
        Assert.Contains("aws_secret_access_key", error.Exception.Message);

        // The same facts as values, for the error catalogue (the failure's particulars) and for scripts ($_.Exception).
        var failure = CredentialFailure(error);
        Assert.Equal(("InvalidProfile", "half", "aws_secret_access_key", CredentialsFile), (failure.Reason, failure.Profile, failure.Setting, failure.File));
        var particulars = ImportExport.Runtime.ServiceFailure.Describe(error.Exception)!.Particulars;
        Assert.Equal("half", particulars["Profile"]);
        Assert.Equal("aws_secret_access_key", particulars["Setting"]);
        Assert.Equal(CredentialsFile, particulars["File"]);
    }

    [Fact]
    public void A_source_profile_chain_that_leads_back_to_itself_is_InvalidProfile_naming_the_chain()
    {
        Write("config",
            "[profile a]\nrole_arn = arn:aws:iam::444455556666:role/A\nsource_profile = b\n" +
            "[profile b]\nrole_arn = arn:aws:iam::444455556666:role/B\nsource_profile = a\n");

        var error = SingleError(PS.Run("Get-IEJob -ProfileName a -EndpointUrl $endpoint"));

        Assert.Equal("InvalidProfile,ImportExport.Cmdlets.GetIEJobCommand", error.FullyQualifiedErrorId);
        Assert.Contains("a -> b -> a", error.Exception.Message);

        // The link that closes the loop: b's source_profile, line 6 of the config file.
        var failure = CredentialFailure(error);
        Assert.Equal(("b", "source_profile", ConfigFile, (int?)6), (failure.Profile, failure.Setting, failure.File, failure.Line));
    }

    [Fact]
    public void A_missing_source_profile_further_down_a_chain_is_InvalidProfile_naming_it()
    {
        Write("config",
            "[profile top]\nrole_arn = arn:aws:iam::444455556666:role/Top\nsource_profile = middle\n" +
            "[profile middle]\nrole_arn = arn:aws:iam::444455556666:role/Middle\nsource_profile = gone\n");

        var error = SingleError(PS.Run("Get-IEJob -ProfileName top -EndpointUrl $endpoint"));

        Assert.Equal("InvalidProfile,ImportExport.Cmdlets.GetIEJobCommand", error.FullyQualifiedErrorId);
        Assert.Contains("'middle' names source_profile 'gone'", error.Exception.Message);

        var failure = CredentialFailure(error);
        Assert.Equal(("middle", "source_profile", ConfigFile, (int?)6), (failure.Profile, failure.Setting, failure.File, failure.Line));
    }

    [Fact]
    public void A_failing_credential_process_is_InvalidProfile_with_its_exit_code_and_error_output()
    {
        var script = Write("fail.sh", "#!/bin/sh\necho 'token service said no' >&2\nexit 3\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Write("config", $"[profile proc]\ncredential_process = {script}\n");

        var error = SingleError(PS.Run("Get-IEJob -ProfileName proc -EndpointUrl $endpoint"));

        Assert.Equal("InvalidProfile,ImportExport.Cmdlets.GetIEJobCommand", error.FullyQualifiedErrorId);
        Assert.Contains("credential_process", error.Exception.Message);
        Assert.Contains("3", error.Exception.Message);
        Assert.Contains("token service said no", error.Exception.Message);
        var failure = CredentialFailure(error);
        Assert.Equal(("proc", "credential_process", ConfigFile, (int?)2), (failure.Profile, failure.Setting, failure.File, failure.Line));
    }

    [Fact]
    public void A_credential_process_that_works_gives_credentials()
    {
        var script = Write("ok.sh", $"#!/bin/sh\necho '{{\"Version\": 1, \"AccessKeyId\": \"{EmulatorFixture.AccessKey}\", \"SecretAccessKey\": \"{EmulatorFixture.SecretKey}\"}}'\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Write("config", $"[profile proc]\ncredential_process = {script}\n");

        var result = PS.Run("Get-IEJob -ProfileName proc -EndpointUrl $endpoint");

        result.AssertCompleted();
        Assert.Empty(result.AllErrors);
    }

    [Fact]
    public void AWS_RETRY_MODE_legacy_is_accepted_and_Verbose_says_how_it_runs()
    {
        PS.SetEnvironment("AWS_RETRY_MODE", "legacy");

        var result = PS.Run("Get-IEJob @aws -Verbose");

        Assert.Empty(result.AllErrors);
        Assert.Contains(result.Verbose, v => v.Message.Contains("retry mode legacy, run as standard") && v.Message.Contains("at most 5 attempt(s)"));
    }

    [Fact]
    public void A_retry_mode_that_does_not_exist_in_the_profile_is_InvalidRetrySetting()
    {
        Write("credentials", Keys("dev"));
        Write("config", "[profile dev]\nretry_mode = sometimes\n");

        var error = SingleError(PS.Run("Get-IEJob -ProfileName dev -EndpointUrl $endpoint"));

        Assert.Equal("InvalidRetrySetting,ImportExport.Cmdlets.GetIEJobCommand", error.FullyQualifiedErrorId);
        Assert.Contains("retry_mode", error.Exception.Message);
        Assert.Contains(ConfigFile, error.Exception.Message);
    }
}
