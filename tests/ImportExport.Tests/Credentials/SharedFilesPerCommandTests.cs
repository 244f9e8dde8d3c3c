using System.Management.Automation;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Credentials;

/// <summary>Issue 13, item 1: each command honours the shared files and their variables as they are now.</summary>
[Collection(PowerShellHost.ProcessEnvironmentCollection)]
public sealed class SharedFilesPerCommandTests(EmulatorFixture emulator) : SharedFilesTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Pointing_AWS_SHARED_CREDENTIALS_FILE_elsewhere_is_seen_by_the_next_command()
    {
        Write("credentials", Keys("good"));
        Assert.Empty(PS.Run("Get-IEJob -ProfileName good -EndpointUrl $endpoint").AllErrors);

        PS.SetEnvironment("AWS_SHARED_CREDENTIALS_FILE", Write("other", Keys("somebody-else")));
        var result = PS.Run("Get-IEJob -ProfileName good -EndpointUrl $endpoint");

        Assert.Equal("ProfileNotFound,ImportExport.Cmdlets.GetIEJobCommand", SingleError(result).FullyQualifiedErrorId);
        Assert.Equal("good", CredentialFailure(SingleError(result)).Profile);
    }

    [Fact]
    public void An_edited_file_is_read_again()
    {
        Write("credentials", "[default]\naws_access_key_id = " + EmulatorFixture.AccessKey + "\naws_secret_access_key = not-the-secret\n");
        Assert.Contains(PS.Run("Get-IEJob -EndpointUrl $endpoint").AllErrors, e => e.FullyQualifiedErrorId.StartsWith("SignatureDoesNotMatch,"));

        Write("credentials", Keys("default"));
        var result = PS.Run("Get-IEJob -EndpointUrl $endpoint -Verbose");

        Assert.Empty(result.AllErrors);
        Assert.Contains(result.Verbose, v => v.Message.Contains("the default profile"));
    }

    [Fact]
    public void A_changed_config_file_changes_the_region_shown_by_Verbose()
    {
        Write("credentials", Keys("default"));
        Write("config", "[default]\nregion = eu-west-1\n");
        Assert.Contains(PS.Run("Get-MGNImport -EndpointUrl $endpoint -Verbose").Verbose, v => v.Message.Contains("signing region eu-west-1 (profile 'default')"));

        PS.SetEnvironment("AWS_CONFIG_FILE", Write("config2", "[default]\nregion = ap-southeast-2\n"));
        var result = PS.Run("Get-MGNImport -EndpointUrl $endpoint -Verbose");

        Assert.Contains(result.Verbose, v => v.Message.Contains("signing region ap-southeast-2 (profile 'default')"));
    }

    [Fact]
    public void A_malformed_file_is_InvalidProfile_naming_the_file_and_line_and_never_poisons_the_session()
    {
        Write("credentials", "# keys\n[default\naws_access_key_id = x\n");

        var broken = SingleError(PS.Run("Get-IEJob -EndpointUrl $endpoint"));
        Assert.Equal("InvalidProfile,ImportExport.Cmdlets.GetIEJobCommand", broken.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.AuthenticationError, broken.CategoryInfo.Category);
        Assert.Contains(CredentialsFile, broken.Exception.Message);
        Assert.Contains("line 2", broken.Exception.Message);
        Assert.DoesNotContain("InvalidDataException", broken.Exception.ToString());
        var failure = CredentialFailure(broken);
        Assert.Equal((CredentialsFile, (int?)2, (string?)null), (failure.File, failure.Line, failure.Profile));

        // Explicit keys never parse the shared files, whatever state they are in.
        Assert.Empty(PS.Run("Get-IEJob @aws").AllErrors);
        Assert.Empty(PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key k.csv @aws -Confirm:$false").AllErrors);

        // And a good file is used as soon as the variable points at it.
        PS.SetEnvironment("AWS_SHARED_CREDENTIALS_FILE", Write("fixed", Keys("default")));
        Assert.Empty(PS.Run("Get-IEJob -EndpointUrl $endpoint").AllErrors);
    }

    [Fact]
    public void A_malformed_config_file_with_explicit_keys_still_works()
    {
        Write("config", "[profile dev]\nregion eu-west-1\n");

        Assert.Empty(PS.Run("Get-IEJob @aws").AllErrors);

        var error = SingleError(PS.Run("Get-IEJob -ProfileName dev -EndpointUrl $endpoint"));
        Assert.Equal("InvalidProfile,ImportExport.Cmdlets.GetIEJobCommand", error.FullyQualifiedErrorId);
        Assert.Contains(ConfigFile, error.Exception.Message);
        Assert.Contains("line 2", error.Exception.Message);
    }

    // A variable naming a missing file is read as empty, as botocore reads it (CredentialChainAsBotocoreTests); a
    // -ProfileLocation is the user asking for that very file.
    [Fact]
    public void A_ProfileLocation_that_does_not_exist_is_InvalidProfile()
    {
        var error = SingleError(PS.Run("Get-IEJob -ProfileName default -ProfileLocation ([System.IO.Path]::Combine($work, 'nothing-here')) -EndpointUrl $endpoint"));

        Assert.Equal("InvalidProfile,ImportExport.Cmdlets.GetIEJobCommand", error.FullyQualifiedErrorId);
        Assert.Contains(Path.Combine(Folder, "nothing-here"), error.Exception.Message);
    }

    [Fact]
    public void ProfileName_completes_profiles_of_both_shared_files()
    {
        Write("credentials", Keys("from-credentials") + Keys("default"));
        Write("config", "[profile from-config]\nregion = eu-west-1\n[sso-session corp]\nsso_region = eu-west-1\n[profile with space]\nregion = eu-west-1\n");

        const string line = "Get-IEJob -ProfileName ";
        var names = PS.Run($"(TabExpansion2 -inputScript '{line}' -cursorColumn {line.Length}).CompletionMatches.CompletionText").Output.Select(o => o.ToString()).ToList();

        Assert.Equal(new[] { "default", "from-config", "from-credentials", "'with space'" }, names);
        const string prefix = "Get-IEJob -ProfileName from-c";
        Assert.Equal(new[] { "from-config", "from-credentials" }, PS.Run($"(TabExpansion2 -inputScript '{prefix}' -cursorColumn {prefix.Length}).CompletionMatches.CompletionText").Output.Select(o => o.ToString()));
    }
}
