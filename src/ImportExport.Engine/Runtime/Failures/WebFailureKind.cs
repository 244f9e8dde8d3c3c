namespace ImportExport.Runtime
{
    /// <summary>What a .NET Framework <see cref="System.Net.WebException"/>'s Status says about a failed attempt.</summary>
    public enum WebFailureKind
    {
        /// <summary>No connection was made (name resolution, connect, proxy refusal): the request never left the machine.</summary>
        NotSent,

        /// <summary>The TLS handshake failed (SecureChannelFailure, TrustFailure): nothing was sent, and retrying does not help.</summary>
        SecureChannel,

        /// <summary>No answer in time (Timeout, RequestCanceled by the HTTP timeout): the request may have been processed.</summary>
        Timeout,

        /// <summary>The connection broke after the request may have been sent, or the status says nothing more.</summary>
        MaybeSent,
    }
}
