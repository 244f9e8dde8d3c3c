using System;
using System.Collections.Generic;

namespace ImportExport.Runtime
{
    /// <summary>
    /// What <see cref="FailureClassifier"/> found out about one failure, all of it: what kind it is and its code, whether
    /// the service may have acted on it, whether trying again may help, and how it ended. Built only through the named
    /// factories below, one per shape of failure.
    /// </summary>
    public sealed class FailureFacts
    {
        private FailureFacts(FailureDelivery delivery, string reason, bool transient = false, bool transport = false, bool timedOut = false, bool secureChannel = false, bool throttled = false)
        {
            Delivery = delivery;
            Reason = reason;
            IsTransient = transient;
            IsTransport = transport;
            IsTimeout = timedOut;
            IsSecureChannel = secureChannel;
            IsThrottling = throttled;
        }

        /// <summary>What kind of failure a call ended in; null when the exception is not one the module describes (a bug, or a raw transport exception inside the pipeline).</summary>
        public FailureKind? Kind { get; internal set; }

        /// <summary>The service's error code (InvalidJobIdException), or one of <see cref="FailureCodes"/>; empty when <see cref="Kind"/> is null.</summary>
        public string Code { get; internal set; } = string.Empty;

        public FailureDelivery Delivery { get; }

        /// <summary>The request may have been carried out (see <see cref="FailureDelivery.Unknown"/>).</summary>
        public bool MayHaveBeenCarriedOut => Delivery == FailureDelivery.Unknown;

        /// <summary>Trying again later may work: throttling, a 5xx, a broken connection, a timeout, a failure to connect.</summary>
        public bool IsTransient { get; }

        /// <summary>No answer of the service came at all: the connection failed, broke or timed out.</summary>
        public bool IsTransport { get; }

        /// <summary>No answer came before the HTTP timeout (not a cancellation the caller asked for).</summary>
        public bool IsTimeout { get; }

        /// <summary>The TLS session could not be established securely (certificate or protocol): never retried.</summary>
        public bool IsSecureChannel { get; }

        /// <summary>The service throttled the request (a throttling error code or HTTP 429).</summary>
        public bool IsThrottling { get; }

        /// <summary>For an unknown outcome, what happened in a few words ("no answer came before the timeout"); else empty.</summary>
        public string Reason { get; }

        /// <summary>What went wrong in the engine's words (the exception's message, or what an unreadable answer was); empty when <see cref="Kind"/> is null.</summary>
        public string Message { get; internal set; } = string.Empty;

        /// <summary>The HTTP status of the service's answer (also of one that could not be read), or null when none came.</summary>
        public int? StatusCode { get; internal set; }

        /// <summary>The request id of the service's error answer, for <see cref="FailureKind.Service"/>.</summary>
        public string? RequestId { get; internal set; }

        /// <summary>For <see cref="FailureKind.OutcomeUnknown"/>: the operation (CreateJob) that may have been carried out.</summary>
        public string? Operation { get; internal set; }

        /// <summary>For credentials: the provider (STS, the SSO portal, a process) failed in a way that may pass by itself.</summary>
        public bool ProviderMayRecover { get; internal set; }

        /// <summary>For <see cref="FailureKind.InsecureChannel"/> on .NET Framework: the failure may be a machine without TLS 1.2.</summary>
        public bool MayLackTls12 { get; internal set; }

        /// <summary>The named values a configuration or credentials failure is about (<see cref="ServiceConfigurationException.Particulars"/>, <see cref="CredentialResolutionException.Facts"/>).</summary>
        public IReadOnlyDictionary<string, string> Particulars { get; internal set; } = new Dictionary<string, string>();

        /// <summary>MGN ValidationException's reason.</summary>
        public string? ValidationReason { get; internal set; }

        /// <summary>MGN ValidationException's offending fields, as "name: message".</summary>
        public IReadOnlyList<string> Fields { get; internal set; } = Array.Empty<string>();

        /// <summary>A short account for notices of a failure that has one of its own (an error answer's code and status, a timeout's words); else empty, and <see cref="FailureSummary"/> tells it from the cause.</summary>
        internal string Summary { get; set; } = string.Empty;

        /// <summary>A non-idempotent request that failed without saying whether it was carried out (made after the retries).</summary>
        internal static FailureFacts OutcomeUnknown(string reason) => new FailureFacts(FailureDelivery.Unknown, reason);

        /// <summary>An answer that is not one of the service; a 2xx or 5xx one may hide a request that was carried out.</summary>
        internal static FailureFacts NotAnAnswer(bool mayHaveBeenCarriedOut, string reason) =>
            new FailureFacts(mayHaveBeenCarriedOut ? FailureDelivery.Unknown : FailureDelivery.Rejected, mayHaveBeenCarriedOut ? reason : string.Empty);

        /// <summary>An error answer of the service. 500, 502 and 504 leave the outcome unknown; throttling and any 5xx are worth retrying.</summary>
        internal static FailureFacts Answered(bool outcomeUnknown, bool throttled, bool serverError, string reason) =>
            new FailureFacts(outcomeUnknown ? FailureDelivery.Unknown : FailureDelivery.Rejected, outcomeUnknown ? reason : string.Empty, transient: throttled || serverError, throttled: throttled);

        /// <summary>An answer that could not be read; a connection that broke while reading it is transport.</summary>
        internal static FailureFacts Unreadable(bool outcomeUnknown, bool transient, bool broken, string reason) =>
            new FailureFacts(outcomeUnknown ? FailureDelivery.Unknown : FailureDelivery.Rejected, outcomeUnknown ? reason : string.Empty, transient: transient, transport: broken);

        /// <summary>The caller cancelled (Ctrl+C).</summary>
        internal static FailureFacts Cancelled() => new FailureFacts(FailureDelivery.Cancelled, string.Empty);

        /// <summary>No connection was made (name, connect, proxy): nothing left the machine, and trying again may work.</summary>
        internal static FailureFacts NotConnected() => new FailureFacts(FailureDelivery.NotSent, string.Empty, transient: true, transport: true);

        /// <summary>The connection broke after the request may have been sent.</summary>
        internal static FailureFacts ConnectionBroken(string reason) => new FailureFacts(FailureDelivery.Unknown, reason, transient: true, transport: true);

        /// <summary>No answer before the HTTP timeout.</summary>
        internal static FailureFacts TimedOut(string reason) => new FailureFacts(FailureDelivery.Unknown, reason, transient: true, transport: true, timedOut: true);

        /// <summary>A certificate or TLS protocol failure: nothing was sent, and retrying does not help.</summary>
        internal static FailureFacts InsecureChannel() => new FailureFacts(FailureDelivery.NotSent, string.Empty, transport: true, secureChannel: true);

        /// <summary>Credentials, configuration, a bug: nothing was sent, and trying again changes nothing.</summary>
        internal static FailureFacts Local() => new FailureFacts(FailureDelivery.NotSent, string.Empty);
    }
}
