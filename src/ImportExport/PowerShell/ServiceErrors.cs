using System;
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
            // description and never touches AWSSDK types or switches on exception types; the words are the catalogue's.
            var failure = ServiceFailure.Describe(exception);
            switch (failure?.Kind)
            {
                case FailureKind.Service:
                    return ErrorCatalogue.Record(exception, failure.Code, CategoryOf(failure.Code, failure.StatusCode ?? 0), target, failure.Details(), ErrorCatalogue.RecommendedAction(failure.Code));
                case FailureKind.InvalidResponse:
                    return ErrorCatalogue.Record(exception, failure.Code, ErrorCategory.InvalidResult, target, failure.Message);
                case FailureKind.Credentials:
                    var advice = ErrorCatalogue.CredentialAdvice(failure);
                    return ErrorCatalogue.Record(exception, failure.Code, ErrorCategory.AuthenticationError, target, advice?.Details, advice?.RecommendedAction);
                case FailureKind.Configuration:
                    // The engine's exception keeps its type; the advice joins its message, as the user reads one sentence on.
                    var configuration = ErrorCatalogue.ConfigurationMessage(failure) is { } words ? new ServiceConfigurationException(failure.Code, words, exception) : exception;
                    return ErrorCatalogue.Record(configuration, failure.Code, ErrorCategory.InvalidArgument, target);
                case FailureKind.Transport:
                    // Timeouts and broken connections surface here after AWSSDK.Core's retries are spent.
                    var category = failure.Code == FailureCodes.ServiceTimeout ? ErrorCategory.OperationTimeout : ErrorCategory.ConnectionError;
                    return ErrorCatalogue.Record(exception, failure.Code, category, target, failure.Message == exception.Message ? null : failure.Message);
                case FailureKind.InsecureChannel:
                    var tls = ErrorCatalogue.InsecureChannelAdvice(failure);
                    return ErrorCatalogue.Record(exception, failure.Code, ErrorCategory.SecurityError, target, tls is null ? null : failure.Message + " " + tls);
                case FailureKind.OutcomeUnknown:
                    // CreateJob failed after it may have reached the service: say so plainly, and how to find out.
                    var unknown = ErrorCatalogue.UnknownOutcome(failure);
                    return ErrorCatalogue.Record(exception, failure.Code, ErrorCategory.OperationStopped, target, unknown?.Details, unknown?.RecommendedAction);
                case FailureKind.Client:
                    return ErrorCatalogue.Record(exception, failure.Code, ErrorCategory.NotSpecified, target);
                default:
                    return ErrorCatalogue.Record(exception, exception.GetType().Name, ErrorCategory.NotSpecified, target);
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

            record.ErrorDetails ??= new ErrorDetails(record.Exception.Message);
            record.ErrorDetails.RecommendedAction = ErrorCatalogue.SameClientToken(clientToken);
        }

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
    }
}
