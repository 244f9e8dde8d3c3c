using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Amazon.Runtime;
using ImportExport.IE;
using ImportExport.Mgn;

namespace ImportExport.Runtime
{
    /// <summary>
    /// A failure of a service call described with plain values, so the PowerShell layer can report it
    /// without touching AWSSDK.Core types (which live in the module's own load context on PowerShell 7).
    /// </summary>
    public sealed class ServiceFailure
    {
        private ServiceFailure(FailureKind kind, string code, string message, int? statusCode = null, string? requestId = null)
        {
            Kind = kind;
            Code = code;
            Message = message;
            StatusCode = statusCode;
            RequestId = requestId;
        }

        public FailureKind Kind { get; }

        /// <summary>The service's error code (e.g. InvalidJobIdException), or a stable client-side identifier.</summary>
        public string Code { get; }

        public string Message { get; }

        public int? StatusCode { get; }

        public string? RequestId { get; }

        /// <summary>For credentials: the provider (STS, the SSO portal, a process) failed in a way that may pass by itself.</summary>
        public bool ProviderMayRecover { get; private set; }

        /// <summary>MGN ValidationException's reason.</summary>
        public string? Reason { get; private set; }

        /// <summary>MGN ValidationException's offending fields, as "name: message".</summary>
        public IReadOnlyList<string> Fields { get; private set; } = Array.Empty<string>();

        /// <summary>
        /// The request, or an earlier attempt of it, may have been carried out though the call failed (a broken
        /// connection, a timeout, a 500 ...): a rerun of something that is not idempotent should reuse its client token.
        /// </summary>
        public bool MayHaveBeenCarriedOut { get; private set; }

        /// <summary>Describes <paramref name="exception"/> if it is a failure of a service call, else null.</summary>
        public static ServiceFailure? Describe(Exception exception)
        {
            var failure = DescribeKind(exception);
            if (failure is not null)
            {
                failure.MayHaveBeenCarriedOut = FailureClassifier.Classify(exception).MayHaveBeenCarriedOut || AttemptHistory.EarlierAttemptMayHaveBeenCarriedOut(exception);
            }

            return failure;
        }

        private static ServiceFailure? DescribeKind(Exception exception)
        {
            switch (exception)
            {
                case AmazonUnmarshallingException unreadable when unreadable.InnerException is System.IO.IOException broken:
                    // The connection broke while the answer was being read: a transport failure, not a bad answer.
                    return new ServiceFailure(
                        FailureKind.Transport,
                        "ServiceUnreachable",
                        string.Format(CultureInfo.InvariantCulture, "The connection broke while the answer (HTTP {0}) was being read: {1}", (int)unreadable.StatusCode, broken.Message),
                        (int)unreadable.StatusCode);
                case AmazonUnmarshallingException unreadable:
                    return new ServiceFailure(
                        FailureKind.InvalidResponse,
                        "InvalidServiceResponse",
                        string.Format(
                            CultureInfo.InvariantCulture,
                            "The answer (HTTP {0}) could not be read as a response of the service: {1} Check the endpoint URL and any proxy in between.",
                            (int)unreadable.StatusCode,
                            (unreadable.InnerException ?? unreadable).Message),
                        (int)unreadable.StatusCode);
                case AmazonServiceException service:
                    var failure = new ServiceFailure(
                        FailureKind.Service,
                        string.IsNullOrEmpty(service.ErrorCode) ? "ServiceError" : service.ErrorCode,
                        service.Message,
                        (int)service.StatusCode,
                        service.RequestId);
                    if (service is MgnException mgn)
                    {
                        failure.Reason = mgn.Reason;
                        failure.Fields = mgn.FieldList.Select(f => f.ToString()).ToList();
                    }

                    return failure;
                case CredentialResolutionException credentials:
                    return new ServiceFailure(FailureKind.Credentials, credentials.Reason, credentials.Message) { ProviderMayRecover = credentials.ProviderMayRecover };
                case ServiceConfigurationException configuration:
                    return new ServiceFailure(FailureKind.Configuration, configuration.Reason, configuration.Message);
                case ImportExportResponseException:
                case InvalidServiceResponseException:
                    return new ServiceFailure(FailureKind.InvalidResponse, "InvalidServiceResponse", exception.Message);
                case AmazonClientException client:
                    return client.InnerException is { } inner && FailureClassifier.Classify(inner).IsTransport
                        ? new ServiceFailure(FailureKind.Transport, "ServiceUnreachable", client.Message)
                        : new ServiceFailure(FailureKind.Client, "ClientError", client.Message);
                default:
                    return null;
            }
        }

        /// <summary>The message with the code, status and request id, as users quote it to support.</summary>
        public string Details()
        {
            var message = Fields.Count > 0 ? $"{Message} Fields: {string.Join("; ", Fields)}." : Message;
            return Kind == FailureKind.Service
                ? string.Format(CultureInfo.InvariantCulture, "{0} ({1}, HTTP {2}, request id {3})", message, Code, StatusCode, string.IsNullOrEmpty(RequestId) ? "unknown" : RequestId)
                : message;
        }
    }
}
