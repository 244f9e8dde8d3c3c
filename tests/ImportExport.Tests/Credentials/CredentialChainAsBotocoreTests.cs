using System.Text;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Credentials;

/// <summary>
/// Where the credential search goes on, as botocore's chain does (credentials.py, create_credential_resolver): a
/// profile that sets no credentials does not end it, and a shared-file variable naming a missing file is an empty file.
/// </summary>
[Collection(PowerShellHost.ProcessEnvironmentCollection)]
public sealed class CredentialChainAsBotocoreTests(EmulatorFixture emulator) : SharedFilesTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Theory]
    [InlineData("Get-IEJob -EndpointUrl $endpoint -Verbose", null)]
    [InlineData("Get-IEJob -EndpointUrl $endpoint -Verbose", "regional")]
    [InlineData("Get-IEJob -ProfileName regional -EndpointUrl $endpoint -Verbose", null)]
    public void A_profile_that_only_sets_a_region_goes_on_to_container_credentials(string command, string? awsProfile)
    {
        // What `aws configure set region` leaves in a container or on an EC2 instance.
        Write("config", "[default]\nregion = eu-west-1\n[profile regional]\nregion = eu-west-1\n");
        PS.SetEnvironment("AWS_PROFILE", awsProfile);
        // A container credentials endpoint (AWS_CONTAINER_CREDENTIALS_FULL_URI) on a free loopback port.
        var credentials = $"{{\"AccessKeyId\":\"{EmulatorFixture.AccessKey}\",\"SecretAccessKey\":\"{EmulatorFixture.SecretKey}\",\"Expiration\":\"{DateTime.UtcNow.AddHours(1):yyyy-MM-ddTHH:mm:ssZ}\"}}";
        using var container = new RawHttpServer(_ => RawHttpServer.Response(200, "application/json", Encoding.UTF8.GetBytes(credentials)));
        PS.SetEnvironment("AWS_CONTAINER_CREDENTIALS_FULL_URI", new Uri(container.BaseUri, "credentials").ToString());

        var result = PS.Run(command);

        Assert.Empty(result.AllErrors);
        Assert.Contains("/credentials", container.Paths);
        Assert.Contains(result.Verbose, v => v.Message.Contains("credentials from container credentials", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Get-IEJob -EndpointUrl $endpoint", null, "the default profile")]
    [InlineData("Get-IEJob -EndpointUrl $endpoint", "regional", "profile 'regional' (AWS_PROFILE)")]
    [InlineData("Get-IEJob -ProfileName regional -EndpointUrl $endpoint", null, "profile 'regional'")]
    public void Without_machine_credentials_a_profile_without_credentials_is_NoCredentials_saying_so(string command, string? awsProfile, string named)
    {
        Write("config", "[default]\nregion = eu-west-1\n[profile regional]\nregion = eu-west-1\n");
        PS.SetEnvironment("AWS_PROFILE", awsProfile);

        var error = SingleError(PS.Run(command));

        Assert.StartsWith("NoCredentials,", error.FullyQualifiedErrorId);
        Assert.Contains(named, Shown(error));
        Assert.Contains("sets none of aws_access_key_id", Shown(error));
        Assert.Contains("container credentials", Shown(error));
    }

    [Theory]
    [InlineData("AWS_SHARED_CREDENTIALS_FILE")]
    [InlineData("AWS_CONFIG_FILE")]
    public void A_variable_naming_a_missing_file_reads_it_as_empty_and_says_so_in_Verbose(string variable)
    {
        var missing = Path.Combine(Folder, "no-such-file");
        PS.SetEnvironment(variable, missing);
        PS.SetEnvironment("AWS_ACCESS_KEY_ID", EmulatorFixture.AccessKey);
        PS.SetEnvironment("AWS_SECRET_ACCESS_KEY", EmulatorFixture.SecretKey);

        var result = PS.Run("Get-IEJob -EndpointUrl $endpoint -Verbose");

        Assert.Empty(result.AllErrors);
        Assert.Contains(result.Verbose, v => v.Message.Contains($"{variable} names '{missing}', which does not exist: it was read as an empty", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("AWS_SHARED_CREDENTIALS_FILE", "Get-IEJob -EndpointUrl $endpoint", "NoCredentials,")]
    [InlineData("AWS_CONFIG_FILE", "Get-IEJob -EndpointUrl $endpoint", "NoCredentials,")]
    [InlineData("AWS_SHARED_CREDENTIALS_FILE", "Get-IEJob -ProfileName dev -EndpointUrl $endpoint", "ProfileNotFound,")]
    [InlineData("AWS_CONFIG_FILE", "Get-IEJob -ProfileName dev -EndpointUrl $endpoint", "ProfileNotFound,")]
    public void NoCredentials_and_ProfileNotFound_say_the_variable_names_a_missing_file(string variable, string command, string errorId)
    {
        var missing = Path.Combine(Folder, "no-such-file");
        PS.SetEnvironment(variable, missing);

        var error = SingleError(PS.Run(command));

        Assert.StartsWith(errorId, error.FullyQualifiedErrorId);
        Assert.Contains($"{variable} names '{missing}', which does not exist", Shown(error));
    }
}
