using System;
using System.Management.Automation;
using ImportExport.IE;
using ImportExport.Mgn;
using ImportExport.Runtime;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Failures of a request to a service, as the engine describes them (<see cref="ServiceFailure"/>): the service's
    /// error code as the error id (PowerShell appends the cmdlet, giving e.g.
    /// <c>InvalidJobIdException,ImportExport.Cmdlets.GetIEJobStatusCommand</c>), the category that code gives, the input
    /// that failed as target, and the request id in the details. Which id and category a code gives is read here.
    /// </summary>
    internal static partial class ErrorCatalogue
    {
        /// <summary>The record of a failure the engine describes (a service error, credentials, configuration, transport ...).</summary>
        public static ErrorRecord ServiceError(Exception exception, object? target)
        {
            // The engine describes every failure once, with plain values (FailureClassifier): this layer reads that
            // description and never touches AWSSDK types or switches on exception types.
            var failure = ServiceFailure.Describe(exception);
            switch (failure?.Kind)
            {
                case FailureKind.Service:
                    return Record(exception, failure.Code, CategoryOf(failure.Code, failure.StatusCode ?? 0), target, failure.Details(), RecommendedAction(failure.Code));
                case FailureKind.InvalidResponse:
                    return Record(exception, failure.Code, ErrorCategory.InvalidResult, target, failure.Message);
                case FailureKind.Credentials:
                    var advice = CredentialAdvice(failure);
                    return Record(exception, failure.Code, ErrorCategory.AuthenticationError, target, advice?.Details, advice?.RecommendedAction);
                case FailureKind.Configuration:
                    // The engine's exception keeps its type; the advice joins its message, as the user reads one sentence on.
                    var configuration = ConfigurationMessage(failure) is { } words ? new ServiceConfigurationException(failure.Code, words, exception) : exception;
                    return Record(configuration, failure.Code, ErrorCategory.InvalidArgument, target);
                case FailureKind.Transport:
                    // Timeouts and broken connections surface here after AWSSDK.Core's retries are spent.
                    var category = failure.Code == FailureCodes.ServiceTimeout ? ErrorCategory.OperationTimeout : ErrorCategory.ConnectionError;
                    return Record(exception, failure.Code, category, target, failure.Message == exception.Message ? null : failure.Message);
                case FailureKind.InsecureChannel:
                    var tls = InsecureChannelAdvice(failure);
                    return Record(exception, failure.Code, ErrorCategory.SecurityError, target, tls is null ? null : failure.Message + " " + tls);
                case FailureKind.OutcomeUnknown:
                    // CreateJob failed after it may have reached the service: say so plainly, and how to find out.
                    var unknown = UnknownOutcome(failure);
                    return Record(exception, failure.Code, ErrorCategory.OperationStopped, target, unknown?.Details, unknown?.RecommendedAction);
                case FailureKind.Client:
                    return Record(exception, failure.Code, ErrorCategory.NotSpecified, target);
                default:
                    return Record(exception, exception.GetType().Name, ErrorCategory.NotSpecified, target);
            }
        }

        /// <summary>The category of a service error code (and HTTP status, for codes of no known kind).</summary>
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

        /// <summary>A request that is not idempotent may have been carried out: what happened, and how to find out.</summary>
        public static (string Details, string RecommendedAction)? UnknownOutcome(ServiceFailure failure) =>
            failure.Operation == "CreateJob"
                ? ($"The job may or may not have been created: {failure.OutcomeReason}. New-IEJob did not retry, because a retry could create a second job. " +
                   "Run Get-IEJob (it lists the newest jobs first) to see whether the job exists before you run New-IEJob again.",
                   "Get-IEJob -First 5; if the job is not listed, run New-IEJob again. -RetryUnknownOutcome lets New-IEJob retry such failures, at the risk of a duplicate job.")
                : ((string, string)?)null;
    }
}
