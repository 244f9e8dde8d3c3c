using System;
using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>
    /// A non-idempotent request (see <see cref="INonIdempotentRequest"/>) failed in a way that does not tell
    /// whether the service carried it out: the connection broke or timed out after the request was sent, the
    /// service answered 500/502/504, or its answer could not be read. It was not retried.
    /// </summary>
    /// <remarks>
    /// Made after the retry policy decided (by <see cref="FinalFailureHandler"/>), so the cause can be the inner
    /// exception without any policy retrying it for the I/O error inside.
    /// </remarks>
    public sealed class OperationOutcomeUnknownException : AmazonClientException
    {
        public OperationOutcomeUnknownException(string operation, string reason, Exception cause)
            : base($"The outcome of {operation} is unknown: {reason}. The request may have been carried out; it was not retried, " +
                   "because sending it again could do it twice. Check the service's current state before you send it again.", cause)
        {
            Operation = operation;
            Reason = reason;
            Cause = cause;
        }

        /// <summary>The operation (CreateJob).</summary>
        public string Operation { get; }

        /// <summary>What went wrong, in a few words (no secrets).</summary>
        public string Reason { get; }

        /// <summary>The failure of the last attempt (also the inner exception).</summary>
        public Exception Cause { get; }
    }
}
