using System;

namespace ImportExport.Runtime
{
    /// <summary>
    /// One link of the cause of a failure as it leaves the engine (see <see cref="Redaction.Cause"/>): what happened,
    /// with secrets replaced, and the kind of failure it was, but none of the original exception's other properties.
    /// What <c>Format-List * -Force</c> and <c>Get-Error</c> show of an error is every property of its exception and of
    /// each inner exception, and an AWSSDK.Core exception carries more than its message (an STS error echoes the canonical
    /// request with its session token; an HTTP error carries the response); so the original never leaves.
    /// </summary>
    public sealed class FailureCauseException : Exception
    {
        public FailureCauseException(string kind, string message, Exception? innerException = null)
            : base(message, innerException)
        {
            Kind = kind;
        }

        /// <summary>The name of the original exception's type (AmazonSecurityTokenServiceException, HttpRequestException ...).</summary>
        public string Kind { get; }
    }
}
