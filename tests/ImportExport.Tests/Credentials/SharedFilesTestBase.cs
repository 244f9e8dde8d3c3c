using ImportExport.Tests.Cmdlets;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Credentials;

/// <summary>
/// A runspace whose AWS environment is cleared, with shared credentials/config files of the test's own (in a fresh
/// folder) and instance metadata turned off, so no developer's real profile or instance can leak in.
/// </summary>
public abstract class SharedFilesTestBase : ModuleTestBase
{
    protected SharedFilesTestBase(EmulatorFixture emulator)
        : base(emulator)
    {
        Folder = Path.Combine(Path.GetTempPath(), $"ie-shared-files-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
        foreach (var name in new[]
        {
            "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_REGION", "AWS_DEFAULT_REGION",
            "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_IMPORTEXPORT", "AWS_ENDPOINT_URL_MGN", "AWS_ENDPOINT_URL_STS", "AWS_ENDPOINT_URL_SSO",
            "AWS_RETRY_MODE", "AWS_MAX_ATTEMPTS", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN", "AWS_ROLE_SESSION_NAME",
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_EC2_METADATA_SERVICE_ENDPOINT",
            "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
        })
        {
            PS.SetEnvironment(name, null);
        }

        CredentialsFile = Write("credentials", string.Empty);
        ConfigFile = Write("config", string.Empty);
        PS.SetEnvironment("AWS_SHARED_CREDENTIALS_FILE", CredentialsFile);
        PS.SetEnvironment("AWS_CONFIG_FILE", ConfigFile);
        PS.SetEnvironment("AWS_EC2_METADATA_DISABLED", "true");
        PS.SetVariable("work", Folder);
    }

    protected string Folder { get; }

    protected string CredentialsFile { get; }

    protected string ConfigFile { get; }

    /// <summary>Keys the emulator accepts, as a credentials-file section.</summary>
    protected static string Keys(string profile) =>
        $"[{profile}]\naws_access_key_id = {EmulatorFixture.AccessKey}\naws_secret_access_key = {EmulatorFixture.SecretKey}\n";

    /// <summary>Writes <paramref name="text"/> to a file of the test's folder; returns its full path.</summary>
    protected string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The single error of <paramref name="result"/>, terminating or not.</summary>
    protected static System.Management.Automation.ErrorRecord SingleError(PSRunResult result) => Assert.Single(result.AllErrors);

    /// <summary>The engine's credentials failure behind <paramref name="error"/>: its code and facts (profile, file, line, setting).</summary>
    protected static ImportExport.Runtime.CredentialResolutionException CredentialFailure(System.Management.Automation.ErrorRecord error)
    {
        for (var e = error.Exception; e is not null; e = e.InnerException)
        {
            if (e is ImportExport.Runtime.CredentialResolutionException failure)
            {
                return failure;
            }
        }

        throw new Xunit.Sdk.XunitException("No CredentialResolutionException behind " + error.Exception);
    }

    /// <summary>The message a user reads: the error details when set, else the exception's.</summary>
    protected static string Shown(System.Management.Automation.ErrorRecord error) => error.ErrorDetails?.Message ?? error.Exception.Message;
}
