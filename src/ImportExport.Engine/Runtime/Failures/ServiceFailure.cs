using System;
using System.Collections.Generic;
using System.Globalization;

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

        /// <summary>For <see cref="FailureKind.OutcomeUnknown"/>: the operation that may have been carried out (CreateJob).</summary>
        public string? Operation { get; private set; }

        /// <summary>For an outcome that is unknown, what happened in a few words ("no answer came before the timeout").</summary>
        public string OutcomeReason { get; private set; } = string.Empty;

        /// <summary>For a TLS failure on .NET Framework: the machine may not offer TLS 1.2, which AWS endpoints require.</summary>
        public bool MayLackTls12 { get; private set; }

        /// <summary>The named values a configuration or credentials failure is about (the files of an AWSSDK.Core conflict; the profile, file, line and setting of a credentials failure ...).</summary>
        public IReadOnlyDictionary<string, string> Particulars { get; private set; } = new Dictionary<string, string>();

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
            // Everything here is the classifier's one description; only the stamp of an earlier attempt is added.
            var facts = FailureClassifier.Classify(exception);
            if (facts.Kind is not { } kind)
            {
                return null;
            }

            return new ServiceFailure(kind, facts.Code, facts.Message, facts.StatusCode, kind == FailureKind.Service ? facts.RequestId : null)
            {
                Reason = facts.ValidationReason,
                Fields = facts.Fields,
                Operation = facts.Operation,
                MayHaveBeenCarriedOut = facts.MayHaveBeenCarriedOut || AttemptHistory.EarlierAttemptMayHaveBeenCarriedOut(exception),
                OutcomeReason = facts.Reason,
                ProviderMayRecover = facts.ProviderMayRecover,
                MayLackTls12 = facts.MayLackTls12,
                Particulars = facts.Particulars,
            };
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
