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
            // The kind and code are the classifier's; only the facts the exception carries (its words, the HTTP status,
            // the request id, MGN's fields) are read here.
            var facts = FailureClassifier.Classify(exception);
            if (facts.Kind is not { } kind)
            {
                return null;
            }

            var failure = new ServiceFailure(kind, facts.Code, MessageOf(exception), StatusOf(exception), kind == FailureKind.Service ? (exception as AmazonServiceException)?.RequestId : null);
            if (exception is MgnException mgn)
            {
                failure.Reason = mgn.Reason;
                failure.Fields = mgn.FieldList.Select(f => f.ToString()).ToList();
            }

            failure.MayHaveBeenCarriedOut = facts.MayHaveBeenCarriedOut || AttemptHistory.EarlierAttemptMayHaveBeenCarriedOut(exception);
            failure.ProviderMayRecover = (exception as CredentialResolutionException)?.ProviderMayRecover == true;
            return failure;
        }

        private static int? StatusOf(Exception exception) => exception switch
        {
            // AmazonUnmarshallingException is one too: the status of the answer that could not be read.
            AmazonServiceException service => (int)service.StatusCode,
            _ => null,
        };

        private static string MessageOf(Exception exception) => exception switch
        {
            AmazonUnmarshallingException unreadable when unreadable.InnerException is System.IO.IOException broken =>
                string.Format(CultureInfo.InvariantCulture, "The connection broke while the answer (HTTP {0}) was being read: {1}", (int)unreadable.StatusCode, broken.Message),
            AmazonUnmarshallingException unreadable => string.Format(
                CultureInfo.InvariantCulture,
                "The answer (HTTP {0}) could not be read as a response of the service: {1} Check the endpoint URL and any proxy in between.",
                (int)unreadable.StatusCode,
                (unreadable.InnerException ?? unreadable).Message),
            _ => exception.Message,
        };

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
