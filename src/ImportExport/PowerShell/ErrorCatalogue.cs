using System;
using System.Management.Automation;
using ImportExport.IE;
using ImportExport.Mgn;
using ImportExport.Runtime;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// The module's words for failures, in one place: the engine reports a failure as a code and facts
    /// (<see cref="ServiceFailure"/>); the advice a PowerShell user reads (which parameter, which command, which
    /// PowerShell) is written here, and every <see cref="ErrorRecord"/> of the module is built by <see cref="Record"/>.
    /// A meta-test fails when an ErrorRecord is built anywhere else.
    /// </summary>
    internal static class ErrorCatalogue
    {
        /// <summary>The one way the module builds an ErrorRecord: the error id, category and target, and the words a user reads when they differ from the exception's.</summary>
        public static ErrorRecord Record(Exception exception, string errorId, ErrorCategory category, object? target, string? details = null, string? recommendedAction = null)
        {
            var record = new ErrorRecord(exception, errorId, category, target);
            if (details is not null || recommendedAction is not null)
            {
                record.ErrorDetails = new ErrorDetails(details ?? exception.Message) { RecommendedAction = recommendedAction };
            }

            return record;
        }

        /// <summary>The one error for an MGN import id the account does not have in the region searched (Get-MGNImport, the waiter).</summary>
        public static ErrorRecord ImportNotFound(string id, string? region) => NotFound("import", "ImportNotFound", "Get-MGNImport without -ImportId", id, region);

        /// <summary>The one error for an MGN export id the account does not have in the region searched (Get-MGNExport, the waiter).</summary>
        public static ErrorRecord ExportNotFound(string id, string? region) => NotFound("export", "ExportNotFound", "Get-MGNExport without -ExportId", id, region);

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

        /// <summary>A request that is not idempotent may have been carried out: what happened, and how to find out.</summary>
        public static (string Details, string RecommendedAction)? UnknownOutcome(ServiceFailure failure) =>
            failure.Operation == "CreateJob"
                ? ($"The job may or may not have been created: {failure.OutcomeReason}. New-IEJob did not retry, because a retry could create a second job. " +
                   "Run Get-IEJob (it lists the newest jobs first) to see whether the job exists before you run New-IEJob again.",
                   "Get-IEJob -First 5; if the job is not listed, run New-IEJob again. -RetryUnknownOutcome lets New-IEJob retry such failures, at the risk of a duplicate job.")
                : ((string, string)?)null;

        /// <summary>A StartImport that may have started: the same client token makes MGN return that import instead of starting a second one.</summary>
        public static string SameClientToken(string clientToken) =>
            $"The import may have started. Run Start-MGNImport again with -ClientToken {clientToken} (and the same -S3Bucket, -S3Key and -Tag): MGN then returns that import instead of starting a second one.";

        // Imports and exports are not found in the same words: what, where it was looked for, and the listing that shows them all.
        private static ErrorRecord NotFound(string what, string errorId, string listing, string id, string? region)
        {
            var message = string.IsNullOrEmpty(region)
                ? $"MGN {what} {id} was not found in this account and region."
                : $"MGN {what} {id} was not found in region {region} of this account.";
            return Record(new ItemNotFoundException(message), errorId, ErrorCategory.ObjectNotFound, id,
                message, $"Check the id, -Region and the credentials; {listing} lists every {what} of this account and region.");
        }

        /// <summary>What to do about a service error code, or null when its message says enough.</summary>
        public static string? RecommendedAction(string code)
        {
            switch (code)
            {
                case ImportExportErrorCode.InvalidJobId:
                    return "Check the job id; Get-IEJob lists the jobs of this account.";
                case ImportExportErrorCode.UnableToCancelJobId:
                    return "The job has started; it can no longer be canceled.";
                case ImportExportErrorCode.UnableToUpdateJobId:
                    return "The job has started; its manifest can no longer be changed.";
                case ImportExportErrorCode.InvalidAccessKeyId:
                    return "The manifest's accessKeyId must be the access key that signs the request, and the key must be active.";
                case ImportExportErrorCode.SignatureDoesNotMatch:
                case "InvalidSignatureException":
                    return "Check the secret access key and the computer's clock.";
                case ImportExportErrorCode.MalformedManifest:
                case ImportExportErrorCode.MissingManifestField:
                case ImportExportErrorCode.InvalidManifestField:
                    return "Fix the manifest; Test-IEManifest reports every problem with its line.";
                case MgnErrorCode.Conflict:
                    return "This client token was already used with different input; omit -ClientToken or use a new one.";
                case MgnErrorCode.UninitializedAccount:
                    return "Initialize Application Migration Service in this account and region first.";
                default:
                    return null;
            }
        }
    }
}
