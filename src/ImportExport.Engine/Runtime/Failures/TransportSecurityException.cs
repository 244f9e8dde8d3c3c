using System;
using Amazon.Runtime;

namespace ImportExport.Runtime
{
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
}
