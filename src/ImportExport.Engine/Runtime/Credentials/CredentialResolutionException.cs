using System;

namespace ImportExport.Runtime
{
    /// <summary>Credentials could not be resolved; <see cref="Reason"/> is a stable identifier.</summary>
    public sealed class CredentialResolutionException : Exception
    {
        public CredentialResolutionException(string reason, string message, Exception? inner = null)
            : base(message, inner)
        {
            Reason = reason;
        }

        /// <summary>NoCredentials, IncompleteCredentials, ProfileNotFound, InvalidProfile, SsoLoginRequired ...</summary>
        public string Reason { get; }

        /// <summary>
        /// The provider failed in a way that may pass by itself (STS or the SSO portal unreachable, throttling, HTTP
        /// 5xx): running the command again later may work without changing anything.
        /// </summary>
        public bool ProviderMayRecover { get; internal set; }
    }
}
