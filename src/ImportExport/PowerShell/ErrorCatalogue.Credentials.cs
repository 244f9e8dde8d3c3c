using ImportExport.Runtime;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Failures of the session rather than of a request: credentials that do not resolve, a region that is missing,
    /// an AWSSDK.Core of another module, a channel that is not secure. The engine says what it tried and what is wrong;
    /// what a PowerShell user can do about it (which parameter, which command, which PowerShell) is said here.
    /// </summary>
    internal static partial class ErrorCatalogue
    {
        /// <summary>What to do about a credentials failure; the engine's message says what was tried and what is wrong.</summary>
        public static (string Details, string? RecommendedAction)? CredentialAdvice(ServiceFailure failure)
        {
            switch (failure.Code)
            {
                case FailureCodes.NoCredentials:
                    return (failure.Message, "Pass -AccessKey and -SecretKey, -ProfileName or -Credential; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; or add a [default] profile to the shared credentials file.");
                case FailureCodes.IncompleteCredentials:
                    return ("Both -AccessKey and -SecretKey are needed when either is given.", "Pass both -AccessKey and -SecretKey.");
                case FailureCodes.ProfileNotFound:
                    return (failure.Message, "Check the -ProfileName (tab completion lists the profiles of both shared files) and -ProfileLocation, AWS_PROFILE, AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE.");
                case FailureCodes.InvalidProfile when failure.ProviderMayRecover:
                    return (failure.Message, "The credential provider could not be reached or was busy: run the command again; if it keeps failing, check the network, the proxy and AWS_ENDPOINT_URL_STS/AWS_ENDPOINT_URL_SSO.");
                case FailureCodes.InvalidProfile:
                    return (failure.Message, "Fix the file or the setting the message names; or choose another profile with -ProfileName, or pass -AccessKey and -SecretKey.");
                case FailureCodes.SsoLoginRequired:
                    return (failure.Message + " Run 'aws sso login' (with --profile for a named profile) to sign in again, then rerun the command.", "aws sso login --profile <name>");
                default:
                    return null;
            }
        }

        /// <summary>
        /// The message of a configuration failure when PowerShell's words add to the engine's, else null: the engine says a
        /// region is missing and where it looked (which parameters and commands set one is said here); it names the two
        /// AWSSDK.Core files of a conflict (what a Windows PowerShell session can do about it is said here).
        /// </summary>
        public static string? ConfigurationMessage(ServiceFailure failure)
        {
            switch (failure.Code)
            {
                case FailureCodes.NoRegion:
                    return failure.Message + " Pass -Region (for example -Region eu-west-1), set $StoredAWSRegion with Set-DefaultAWSRegion, set AWS_REGION, or add a region to your profile.";
                case FailureCodes.AwsSdkCoreConflict when failure.Particulars.TryGetValue(AwsSdkCoreIdentity.LoadedFile, out var loaded)
                    && failure.Particulars.TryGetValue(AwsSdkCoreIdentity.SharedVersion, out var version) && failure.Particulars.TryGetValue(AwsSdkCoreIdentity.StagedFile, out var staged):
                    return $"ImportExport cannot run in this session: another module loaded AWSSDK.Core {loaded} before ImportExport, " +
                           $"and Windows PowerShell holds only one AWSSDK.Core {version} per session, so ImportExport cannot use its own " +
                           $"AWSSDK.Core {staged}. Start a new Windows PowerShell session and run an ImportExport command before any command " +
                           "of the other module (AWS.Tools V5 uses the same AWSSDK.Core identity), or use PowerShell 7, where both load side by side.";
                default:
                    return null;
            }
        }

        /// <summary>What to check when .NET Framework cannot say whether the certificate or the protocol failed.</summary>
        public static string? InsecureChannelAdvice(ServiceFailure failure) =>
            failure.MayLackTls12
                ? "On Windows PowerShell 5.1 this can also mean that TLS 1.2 is not available: AWS endpoints require it. The module " +
                  "adds TLS 1.2 to [Net.ServicePointManager]::SecurityProtocol; if it is disabled for the machine (SChannel registry " +
                  "settings, Group Policy), enable it, or use PowerShell 7."
                : null;
    }
}
