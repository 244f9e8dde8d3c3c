
namespace ImportExport.Runtime
{
    /// <summary>Lets the cache dispose a connection's client without knowing its type.</summary>
    internal interface IClientOwner
    {
        void DisposeClient();

        /// <summary>
        /// The connection's credentials failed to refresh (an SSO session that ended, a process that failed): the next
        /// command gets a new connection, whose credentials are resolved anew (a fresh SSO token, a fixed file).
        /// </summary>
        bool CredentialsFailed { get; }
    }
}
