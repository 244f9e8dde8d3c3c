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
        public TransportSecurityException(string endpoint, Exception innerException)
            : this(endpoint, innerException, Innermost(innerException).Message, mayLackTls12: false)
        {
        }

        private TransportSecurityException(string endpoint, Exception innerException, string detail, bool mayLackTls12)
            : base($"The secure connection to {endpoint} failed: {detail} " +
                   "The module does not ignore certificate errors; check the endpoint URL, the system clock and the certificates the machine trusts.", innerException)
        {
            Endpoint = endpoint;
            MayLackTls12 = mayLackTls12;
        }

        public string Endpoint { get; }

        /// <summary>
        /// .NET Framework reported SecureChannelFailure/TrustFailure, which cannot tell a certificate failure from a
        /// machine where TLS 1.2 is disabled (AWS endpoints require it); the cmdlet layer says what to do about that.
        /// </summary>
        public bool MayLackTls12 { get; }

        /// <summary>
        /// A .NET Framework <see cref="System.Net.WebException"/> with Status SecureChannelFailure or TrustFailure. The
        /// inner exception is a copy without its own inner chain (an IOException in it would make AWSSDK.Core retry).
        /// </summary>
        internal static TransportSecurityException FromWebStatus(string endpoint, System.Net.WebException web)
        {
            var detail = $"{Innermost(web).Message} ({web.Status})";
            return new TransportSecurityException(endpoint, new System.Net.WebException(web.Message, null, web.Status, null), detail, mayLackTls12: true);
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
