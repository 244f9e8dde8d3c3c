using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using ImportExport.IE;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The one description of any failure of a call: its kind and code, "may the service have acted on it?" and "is it
    /// worth trying again?". The retry policy (the non-idempotent guard), the final error (<see cref="FinalFailureHandler"/>),
    /// <see cref="ServiceFailure"/>, <see cref="FailureSummary"/>, the waiter and the cmdlets' advice all ask here, so
    /// they cannot disagree. Both runtimes' shapes are read: .NET
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
            var (kind, code) = KindOf(exception);
            return Facts(exception, callerCancelled).Of(kind, code);
        }

        // What kind of failure the call ended in, and its code: null for an exception the module does not describe.
        private static (FailureKind? Kind, string Code) KindOf(Exception exception)
        {
            switch (exception)
            {
                case AmazonUnmarshallingException unreadable when unreadable.InnerException is IOException:
                    // The connection broke while the answer was being read: a transport failure, not a bad answer.
                    return (FailureKind.Transport, FailureCodes.ServiceUnreachable);
                case AmazonUnmarshallingException:
                    return (FailureKind.InvalidResponse, FailureCodes.InvalidServiceResponse);
                case AmazonServiceException service:
                    return (FailureKind.Service, string.IsNullOrEmpty(service.ErrorCode) ? FailureCodes.ServiceError : service.ErrorCode);
                case CredentialResolutionException credentials:
                    return (FailureKind.Credentials, credentials.Reason);
                case ServiceConfigurationException configuration:
                    return (FailureKind.Configuration, configuration.Reason);
                case ImportExportResponseException:
                case InvalidServiceResponseException:
                    return (FailureKind.InvalidResponse, FailureCodes.InvalidServiceResponse);
                case AmazonClientException client:
                    return client.InnerException is { } inner && Facts(inner, false).IsTransport
                        ? (FailureKind.Transport, FailureCodes.ServiceUnreachable)
                        : (FailureKind.Client, FailureCodes.ClientError);
                default:
                    return (null, string.Empty);
            }
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
