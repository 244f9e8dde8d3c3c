using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using Amazon.Runtime;
using ImportExport.IE;
using ImportExport.Mgn;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The one description of any failure of a call: its kind and code, "may the service have acted on it?" and "is it
    /// worth trying again?". The retry policy (the non-idempotent guard), the final error (<see cref="FinalFailureHandler"/>),
    /// <see cref="ServiceFailure"/>, <see cref="FailureSummary"/>, the waiter and the cmdlets' advice all ask here, so
    /// they cannot disagree. This is the one place that reads exception types: everything else reads the facts. Both
    /// runtimes' shapes are read: .NET
    /// reports transport failures as SocketException/AuthenticationException inner exceptions, .NET Framework as the
    /// Status of a WebException (see <see cref="WebExceptionClassifier"/>).
    /// </summary>
    public static class FailureClassifier
    {
        private const string TimedOut = "no answer came before the timeout";
        private const string Broken = "the connection broke before an answer came";
        private const string NotAnAnswer = "its answer was not a valid response of the service";

        // AWSSDK.Core's throttling codes (RetryPolicy.ThrottlingErrorCodes) and the services' own.
        private static readonly HashSet<string> ThrottlingCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
            "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
            "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        };

        /// <param name="exception">The failure of an attempt, or the final failure of a call.</param>
        /// <param name="callerCancelled">The caller's token was cancelled (Ctrl+C): a cancellation is not a timeout.</param>
        public static FailureFacts Classify(Exception exception, bool callerCancelled = false)
        {
            var facts = Facts(exception, callerCancelled);
            Identify(exception, facts);
            return facts;
        }

        // What kind of failure the call ended in, its code and the facts its exception carries; no kind for an
        // exception the module does not describe (a bug, or a raw transport exception inside the pipeline).
        private static void Identify(Exception exception, FailureFacts facts)
        {
            facts.Message = exception.Message;
            if (exception is AmazonServiceException answered)
            {
                // AmazonUnmarshallingException is one too: the status of the answer that could not be read.
                facts.StatusCode = (int)answered.StatusCode;
                facts.Summary = string.IsNullOrEmpty(answered.ErrorCode)
                    ? string.Format(CultureInfo.InvariantCulture, "HTTP {0}", facts.StatusCode)
                    : string.Format(CultureInfo.InvariantCulture, "{0}, HTTP {1}", answered.ErrorCode, facts.StatusCode);
            }
            else if (exception is TimeoutException || exception is OperationCanceledException)
            {
                // The HTTP timeout's own words ("... HttpClient.Timeout of 100 seconds elapsing"), not those of the
                // aborted socket read at the end of its chain.
                facts.Summary = nameof(TimeoutException) + ": " + FailureSummary.Shorten(exception.Message);
            }

            switch (exception)
            {
                case AmazonUnmarshallingException unreadable when unreadable.InnerException is IOException broken:
                    // The connection broke while the answer was being read: a transport failure, not a bad answer.
                    facts.Message = string.Format(CultureInfo.InvariantCulture, "The connection broke while the answer (HTTP {0}) was being read: {1}", (int)unreadable.StatusCode, broken.Message);
                    Is(facts, FailureKind.Transport, FailureCodes.ServiceUnreachable);
                    return;
                case AmazonUnmarshallingException unreadable:
                    facts.Message = string.Format(
                        CultureInfo.InvariantCulture,
                        "The answer (HTTP {0}) could not be read as a response of the service: {1} Check the endpoint URL and any proxy in between.",
                        (int)unreadable.StatusCode,
                        (unreadable.InnerException ?? unreadable).Message);
                    Is(facts, FailureKind.InvalidResponse, FailureCodes.InvalidServiceResponse);
                    return;
                case AmazonServiceException service:
                    Is(facts, FailureKind.Service, string.IsNullOrEmpty(service.ErrorCode) ? FailureCodes.ServiceError : service.ErrorCode);
                    facts.RequestId = service.RequestId;
                    if (service is MgnException mgn)
                    {
                        facts.ValidationReason = mgn.Reason;
                        facts.Fields = mgn.FieldList.Select(f => f.ToString()).ToList();
                    }

                    return;
                case CredentialResolutionException credentials:
                    Is(facts, FailureKind.Credentials, credentials.Reason);
                    facts.ProviderMayRecover = credentials.ProviderMayRecover;
                    facts.Particulars = credentials.Facts();
                    return;
                case ServiceConfigurationException configuration:
                    Is(facts, FailureKind.Configuration, configuration.Reason);
                    facts.Particulars = configuration.Particulars;
                    return;
                case ImportExportResponseException:
                case InvalidServiceResponseException:
                    Is(facts, FailureKind.InvalidResponse, FailureCodes.InvalidServiceResponse);
                    return;
                case OperationOutcomeUnknownException unknown:
                    Is(facts, FailureKind.OutcomeUnknown, FailureCodes.OutcomeUnknown(unknown.Operation));
                    facts.Operation = unknown.Operation;
                    facts.Summary = Classify(unknown.Cause).Summary;
                    return;
                case TransportSecurityException insecure:
                    Is(facts, FailureKind.InsecureChannel, FailureCodes.SecureConnectionFailed);
                    facts.MayLackTls12 = insecure.MayLackTls12;
                    return;
                case ServiceUnreachableException unreachable:
                    Is(facts, FailureKind.Transport, unreachable.TimedOut ? FailureCodes.ServiceTimeout : FailureCodes.ServiceUnreachable);
                    return;
                case AmazonClientException client when client.InnerException is { } inner && Facts(inner, false).IsTransport:
                    Is(facts, FailureKind.Transport, FailureCodes.ServiceUnreachable);
                    return;
                case AmazonClientException:
                    Is(facts, FailureKind.Client, FailureCodes.ClientError);
                    return;
                default:
                    facts.Message = string.Empty;
                    return;
            }
        }

        private static void Is(FailureFacts facts, FailureKind kind, string code)
        {
            facts.Kind = kind;
            facts.Code = code;
        }

        private static FailureFacts Facts(Exception exception, bool callerCancelled)
        {
            switch (exception)
            {
                case OperationOutcomeUnknownException unknown:
                    return FailureFacts.OutcomeUnknown(unknown.Reason);
                case ServiceUnreachableException unreachable when unreachable.InnerException is not null:
                    return Facts(unreachable.InnerException, callerCancelled);
                case TransportSecurityException:
                    return FailureFacts.InsecureChannel();
                case InvalidServiceResponseException invalid:
                    return FailureFacts.NotAnAnswer(invalid.StatusCode < 300 || invalid.StatusCode >= 500, NotAnAnswer);
                case ImportExportResponseException:
                    return FailureFacts.NotAnAnswer(true, NotAnAnswer);
                case AmazonUnmarshallingException unreadable:
                    return Unreadable(unreadable);
                case AmazonServiceException service:
                    return Answered(service);
            }

            if (callerCancelled && Has<OperationCanceledException>(exception))
            {
                return FailureFacts.Cancelled();
            }

            var web = WebExceptionClassifier.ClassifyChain(exception);
            if (web == WebFailureKind.SecureChannel || IsTlsFailure(exception))
            {
                return FailureFacts.InsecureChannel();
            }

            if (web == WebFailureKind.NotSent || HasNotSentSocketError(exception))
            {
                return FailureFacts.NotConnected();
            }

            if (web == WebFailureKind.Timeout)
            {
                return FailureFacts.TimedOut(TimedOut);
            }

            // The first telling exception of the chain decides: a timeout wrapping a socket error is a timeout.
            for (var e = exception; e is not null; e = e.InnerException)
            {
                if (e is TimeoutException || e is OperationCanceledException)
                {
                    return FailureFacts.TimedOut(TimedOut);
                }

                if (e is IOException || e is HttpRequestException || e is WebException || e is SocketException || e is ObjectDisposedException)
                {
                    return FailureFacts.ConnectionBroken(Broken);
                }
            }

            return FailureFacts.Local();
        }

        /// <summary>Whether the error code is one of throttling (the status alone says so only for 429).</summary>
        public static bool IsThrottlingCode(string? code) => code is not null && ThrottlingCodes.Contains(code);

        private static FailureFacts Answered(AmazonServiceException service)
        {
            var status = (int)service.StatusCode;
            var throttled = status == 429 || IsThrottlingCode(service.ErrorCode);
            var unknown = status == 500 || status == 502 || status == 504;
            var reason = string.Format(CultureInfo.InvariantCulture, "the service answered HTTP {0} {1}", status, service.ErrorCode);
            return FailureFacts.Answered(unknown, throttled, status >= 500, reason);
        }

        // An answer that could not be read: a 2xx may have been carried out (its body was lost or corrupted); so may a
        // 5xx other than 503, which says the service did not take it. A connection that broke while reading is transport.
        private static FailureFacts Unreadable(AmazonUnmarshallingException unreadable)
        {
            var status = (int)unreadable.StatusCode;
            var unknown = status < 300 || (status >= 500 && unreadable.StatusCode != HttpStatusCode.ServiceUnavailable);
            var broken = unreadable.InnerException is IOException;
            var reason = string.Format(CultureInfo.InvariantCulture, "its answer (HTTP {0}) could not be read", status);
            return FailureFacts.Unreadable(unknown, broken || status < 300 || status >= 500, broken, reason);
        }

        // A certificate or protocol failure; AWSSDK.Core's one transient TLS failure (SSL_ERROR_ZERO_RETURN) is not one.
        private static bool IsTlsFailure(Exception exception) =>
            Has<AuthenticationException>(exception) && !RetryPolicy.IsTransientSslError(exception);

        // Failures to connect: the request never left the machine.
        private static bool HasNotSentSocketError(Exception exception)
        {
            for (var e = exception; e is not null; e = e.InnerException)
            {
                if (e is SocketException socket)
                {
                    switch (socket.SocketErrorCode)
                    {
                        case SocketError.ConnectionRefused:
                        case SocketError.HostNotFound:
                        case SocketError.HostUnreachable:
                        case SocketError.NetworkUnreachable:
                        case SocketError.NetworkDown:
                        case SocketError.TryAgain:
                        case SocketError.NoData:
                        case SocketError.AddressNotAvailable:
                            return true;
                    }
                }
            }

            return false;
        }

        private static bool Has<T>(Exception exception)
            where T : Exception
        {
            for (var e = exception; e is not null; e = e.InnerException)
            {
                if (e is T)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
