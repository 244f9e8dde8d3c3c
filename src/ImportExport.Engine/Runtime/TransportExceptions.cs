using System;
using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>
    /// A request that changes something each time it is processed (CreateJob makes a new job every time), so a
    /// failure after it may have reached the service must not be retried blindly.
    /// </summary>
    internal interface INonIdempotentRequest
    {
        /// <summary>The caller accepts a possible duplicate: retry even when the outcome of an attempt is unknown.</summary>
        bool RetryWhenOutcomeUnknown { get; }
    }

    /// <summary>
    /// A request that is retried, and whose retry can fail only because an earlier attempt already did the work
    /// (CancelJob: a cancel whose answer was lost, retried, is told the job is already canceled). The attempt
    /// handler notes when an attempt failed in a way that may have reached the service, so the client can tell
    /// that error from a real one.
    /// </summary>
    internal interface IUncertainAttemptAware
    {
        /// <summary>Set when an attempt failed after it may have been carried out (see AttemptHandler.OutcomeIsUnknown).</summary>
        bool EarlierAttemptMayHaveSucceeded { get; set; }
    }

    /// <summary>
    /// A non-idempotent request (see <see cref="INonIdempotentRequest"/>) failed in a way that does not tell
    /// whether the service carried it out: the connection broke or timed out after the request was sent, the
    /// service answered 500/502/504, or its answer could not be read. It was not retried.
    /// </summary>
    /// <remarks>
    /// The original failure is in <see cref="Cause"/>, deliberately not in InnerException: AWSSDK.Core's retry
    /// policy looks through inner exceptions for I/O errors and would retry this one.
    /// </remarks>
    public sealed class OperationOutcomeUnknownException : AmazonClientException
    {
        public OperationOutcomeUnknownException(string operation, string reason, Exception cause)
            : base($"The outcome of {operation} is unknown: {reason}. The request may have been carried out; it was not retried, " +
                   "because sending it again could do it twice. Check the service's current state before you send it again.")
        {
            Operation = operation;
            Reason = reason;
            Cause = cause;
        }

        /// <summary>The operation (CreateJob).</summary>
        public string Operation { get; }

        /// <summary>What went wrong, in a few words (no secrets).</summary>
        public string Reason { get; }

        /// <summary>The failure of the last attempt.</summary>
        public Exception Cause { get; }
    }

    /// <summary>
    /// The TLS connection to the endpoint could not be established securely (an untrusted, expired or mismatched
    /// certificate, or no common protocol). Certificate errors are never ignored and not retried.
    /// </summary>
    public sealed class TransportSecurityException : AmazonClientException
    {
        /// <summary>What to check when .NET Framework cannot say whether the certificate or the protocol failed.</summary>
        internal const string Tls12Hint =
            "On Windows PowerShell 5.1 this can also mean that TLS 1.2 is not available: AWS endpoints require it. The module " +
            "adds TLS 1.2 to [Net.ServicePointManager]::SecurityProtocol; if it is disabled for the machine (SChannel registry " +
            "settings, Group Policy), enable it, or use PowerShell 7.";

        public TransportSecurityException(string endpoint, Exception innerException)
            : this(endpoint, innerException, Innermost(innerException).Message, null)
        {
        }

        private TransportSecurityException(string endpoint, Exception innerException, string detail, string? hint)
            : base($"The secure connection to {endpoint} failed: {detail} " +
                   "The module does not ignore certificate errors; check the endpoint URL, the system clock and the certificates the machine trusts." +
                   (hint is null ? string.Empty : " " + hint), innerException)
        {
            Endpoint = endpoint;
            Hint = hint;
        }

        public string Endpoint { get; }

        /// <summary>Extra advice (the TLS 1.2 hint of a .NET Framework SecureChannelFailure/TrustFailure), or null.</summary>
        public string? Hint { get; }

        /// <summary>
        /// A .NET Framework <see cref="System.Net.WebException"/> with Status SecureChannelFailure or TrustFailure. The
        /// inner exception is a copy without its own inner chain (an IOException in it would make AWSSDK.Core retry).
        /// </summary>
        internal static TransportSecurityException FromWebStatus(string endpoint, System.Net.WebException web)
        {
            var detail = $"{Innermost(web).Message} ({web.Status})";
            return new TransportSecurityException(endpoint, new System.Net.WebException(web.Message, null, web.Status, null), detail, Tls12Hint);
        }

        private static Exception Innermost(Exception exception)
        {
            var current = exception;
            while (current.InnerException is not null && current is not System.Security.Authentication.AuthenticationException)
            {
                current = current.InnerException;
            }

            return current;
        }
    }

    /// <summary>
    /// The endpoint answered with something that is not a response of the service: a redirect, a status the
    /// service never sends with that body, a body larger than any real answer. Not retried.
    /// </summary>
    public sealed class InvalidServiceResponseException : AmazonClientException
    {
        public InvalidServiceResponseException(string message, int statusCode = 0)
            : base(message)
        {
            StatusCode = statusCode;
        }

        /// <summary>The HTTP status of the answer, or 0 when it did not matter.</summary>
        public int StatusCode { get; }
    }
}
