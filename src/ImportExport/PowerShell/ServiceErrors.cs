using System;
using System.Globalization;
using System.Management.Automation;
using ImportExport.IE;
using ImportExport.Mgn;
using ImportExport.Runtime;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Turns exceptions from the service clients into ErrorRecords a PowerShell user can act on:
    /// the service's error code as the error id (PowerShell appends the cmdlet, giving e.g.
    /// <c>InvalidJobIdException,ImportExport.Cmdlets.GetIEJobStatusCommand</c>), a fitting category,
    /// the input that failed as target, and the request id in the details.
    /// </summary>
    internal static class ServiceErrors
    {
        public static ErrorRecord From(Exception exception, object? target)
        {
            // The engine describes every failure once, with plain values (FailureClassifier): this layer reads that
            // description and never touches AWSSDK types or switches on exception types.
            var failure = ServiceFailure.Describe(exception);
            switch (failure?.Kind)
            {
                case FailureKind.Service:
                    return FromService(exception, failure, target);
                case FailureKind.InvalidResponse:
                    return WithDetails(new ErrorRecord(exception, failure.Code, ErrorCategory.InvalidResult, target), failure.Message);
                case FailureKind.Credentials:
                    return CredentialAdvice(new ErrorRecord(exception, failure.Code, ErrorCategory.AuthenticationError, target), failure);
                case FailureKind.Configuration:
                    return new ErrorRecord(WithConfigurationAdvice(exception, failure), failure.Code, ErrorCategory.InvalidArgument, target);
                case FailureKind.Transport:
                    // Timeouts and broken connections surface here after AWSSDK.Core's retries are spent.
                    var transport = new ErrorRecord(exception, failure.Code, failure.Code == FailureCodes.ServiceTimeout ? ErrorCategory.OperationTimeout : ErrorCategory.ConnectionError, target);
                    return failure.Message == exception.Message ? transport : WithDetails(transport, failure.Message);
                case FailureKind.InsecureChannel:
                    return new ErrorRecord(exception, failure.Code, ErrorCategory.SecurityError, target);
                case FailureKind.OutcomeUnknown:
                    return FromUnknownOutcome(exception, failure, target);
                case FailureKind.Client:
                    return new ErrorRecord(exception, failure.Code, ErrorCategory.NotSpecified, target);
                default:
                    return new ErrorRecord(exception, exception.GetType().Name, ErrorCategory.NotSpecified, target);
            }
        }

        /// <summary>
        /// After a StartImport failure that does not prove the import was not started (a broken connection, a
        /// timeout, throttling or a 5xx after retries), tells the user to rerun with the same client token: MGN then
        /// returns the import if it exists instead of starting a second one.
        /// </summary>
        public static void AdviseSameClientToken(ErrorRecord record, Exception exception, string clientToken)
        {
            if (ServiceFailure.Describe(exception) is not { MayHaveBeenCarriedOut: true })
            {
                return;
            }

            var advice = $"The import may have started. Run Start-MGNImport again with -ClientToken {clientToken} (and the same -S3Bucket, -S3Key and -Tag): MGN then returns that import instead of starting a second one.";
            record.ErrorDetails ??= new ErrorDetails(record.Exception.Message);
            record.ErrorDetails.RecommendedAction = advice;
        }

        // The engine says a region is missing and where it looked; which parameters and commands set one is PowerShell's to say.
        private static Exception WithConfigurationAdvice(Exception exception, ServiceFailure failure) =>
            failure.Code == FailureCodes.NoRegion
                ? new ServiceConfigurationException(failure.Code, failure.Message + " Pass -Region (for example -Region eu-west-1), set $StoredAWSRegion with Set-DefaultAWSRegion, set AWS_REGION, or add a region to your profile.", exception)
                : exception;

        // The engine says what was tried and what is wrong; the parameters and commands to use are PowerShell's words.
        private static ErrorRecord CredentialAdvice(ErrorRecord record, ServiceFailure failure)
        {
            switch (failure.Code)
            {
                case FailureCodes.NoCredentials:
                    return WithDetails(record, failure.Message, "Pass -AccessKey and -SecretKey, -ProfileName or -Credential; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; or add a [default] profile to the shared credentials file.");
                case FailureCodes.IncompleteCredentials:
                    return WithDetails(record, "Both -AccessKey and -SecretKey are needed when either is given.", "Pass both -AccessKey and -SecretKey.");
                case FailureCodes.ProfileNotFound:
                    return WithDetails(record, failure.Message, "Check the -ProfileName (tab completion lists the profiles of both shared files) and -ProfileLocation, AWS_PROFILE, AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE.");
                case FailureCodes.InvalidProfile when failure.ProviderMayRecover:
                    return WithDetails(record, failure.Message, "The credential provider could not be reached or was busy: run the command again; if it keeps failing, check the network, the proxy and AWS_ENDPOINT_URL_STS/AWS_ENDPOINT_URL_SSO.");
                case FailureCodes.InvalidProfile:
                    return WithDetails(record, failure.Message, "Fix the file or the setting the message names; or choose another profile with -ProfileName, or pass -AccessKey and -SecretKey.");
                case FailureCodes.SsoLoginRequired:
                    return WithDetails(record, failure.Message + " Run 'aws sso login' (with --profile for a named profile) to sign in again, then rerun the command.", "aws sso login --profile <name>");
                default:
                    return record;
            }
        }

        private static ErrorRecord WithDetails(ErrorRecord record, string details, string? recommendedAction = null)
        {
            record.ErrorDetails = new ErrorDetails(details) { RecommendedAction = recommendedAction };
            return record;
        }

        // CreateJob failed after it may have reached the service: say so plainly, and how to find out.
        private static ErrorRecord FromUnknownOutcome(Exception exception, ServiceFailure failure, object? target)
        {
            var record = new ErrorRecord(exception, failure.Code, ErrorCategory.OperationStopped, target);
            if (failure.Operation == "CreateJob")
            {
                record.ErrorDetails = new ErrorDetails(
                    $"The job may or may not have been created: {failure.OutcomeReason}. New-IEJob did not retry, because a retry could create a second job. " +
                    "Run Get-IEJob (it lists the newest jobs first) to see whether the job exists before you run New-IEJob again.")
                {
                    RecommendedAction = "Get-IEJob -First 5; if the job is not listed, run New-IEJob again. -RetryUnknownOutcome lets New-IEJob retry such failures, at the risk of a duplicate job.",
                };
            }

            return record;
        }

        private static ErrorRecord FromService(Exception exception, ServiceFailure failure, object? target) =>
            WithDetails(
                new ErrorRecord(exception, failure.Code, CategoryOf(failure.Code, failure.StatusCode ?? 0), target),
                failure.Details(),
                RecommendedAction(failure.Code));

        internal static ErrorCategory CategoryOf(string code, int status)
        {
            // Throttling codes are the classifier's list, the one the retry policy also reads.
            if (FailureClassifier.IsThrottlingCode(code))
            {
                return ErrorCategory.LimitsExceeded;
            }

            switch (code)
            {
                case ImportExportErrorCode.InvalidJobId:
                case ImportExportErrorCode.NoSuchBucket:
                case MgnErrorCode.ResourceNotFound:
                    return ErrorCategory.ObjectNotFound;
                case ImportExportErrorCode.CanceledJobId:
                case ImportExportErrorCode.ExpiredJobId:
                    return ErrorCategory.ResourceUnavailable;
                case ImportExportErrorCode.UnableToCancelJobId:
                case ImportExportErrorCode.UnableToUpdateJobId:
                    return ErrorCategory.InvalidOperation;
                case ImportExportErrorCode.InvalidAccessKeyId:
                case ImportExportErrorCode.SignatureDoesNotMatch:
                case ImportExportErrorCode.BucketPermission:
                case MgnErrorCode.AccessDenied:
                case MgnErrorCode.UnrecognizedClient:
                case "AccessDenied":
                case "Unauthorized":
                case "InvalidSignatureException":
                case "InvalidClientTokenId":
                case "ExpiredToken":
                case "ExpiredTokenException":
                    return ErrorCategory.PermissionDenied;
                case ImportExportErrorCode.CreateJobQuotaExceeded:
                case MgnErrorCode.ServiceQuotaExceeded:
                    return ErrorCategory.LimitsExceeded;
                case MgnErrorCode.Conflict:
                    return ErrorCategory.ResourceExists;
                case MgnErrorCode.UninitializedAccount:
                    return ErrorCategory.NotEnabled;
                case ImportExportErrorCode.MalformedManifest:
                case ImportExportErrorCode.MissingManifestField:
                case ImportExportErrorCode.InvalidManifestField:
                    return ErrorCategory.InvalidData;
                case "RequestExpired":
                case "RequestTimeTooSkewed":
                    return ErrorCategory.InvalidOperation;
                case "NotFound":
                case "MethodNotAllowed":
                    // Not the service's own errors: the URL reached something else (check -EndpointUrl).
                    return ErrorCategory.InvalidArgument;
                case "RequestTimeout":
                    return ErrorCategory.OperationTimeout;
            }

            if (status >= 500)
            {
                return ErrorCategory.ResourceUnavailable;
            }

            return code.EndsWith("ParameterException", StringComparison.Ordinal) || code.StartsWith("Invalid", StringComparison.Ordinal)
                || code.StartsWith("Missing", StringComparison.Ordinal) || code == MgnErrorCode.Validation
                ? ErrorCategory.InvalidArgument
                : ErrorCategory.NotSpecified;
        }

        private static string? RecommendedAction(string code)
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
