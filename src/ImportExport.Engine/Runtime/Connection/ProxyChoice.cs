using System.Net;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The proxy a client uses for one endpoint, decided by <see cref="EnvironmentProxy"/> when the client is built
    /// (per command: the variables are part of the client cache key), and how -Verbose names it (never a password).
    /// </summary>
    internal sealed class ProxyChoice
    {
        private ProxyChoice(IWebProxy? proxy, string description)
        {
            Proxy = proxy;
            Description = description;
        }

        /// <summary>What AWSSDK.Core gets (ClientConfig.SetWebProxy); null leaves the runtime's default proxy.</summary>
        public IWebProxy? Proxy { get; }

        /// <summary>"proxy http://proxy.corp:3128 (HTTPS_PROXY)", "no proxy (loopback endpoint)", "the system proxy" ...</summary>
        public string Description { get; }

        /// <summary>A WebProxy without an address bypasses every host (on .NET and .NET Framework alike): a direct connection.</summary>
        public static ProxyChoice Direct(string why) => new ProxyChoice(new WebProxy(), "no proxy (" + why + ")");

        public static ProxyChoice Through(WebProxy proxy, string description) => new ProxyChoice(proxy, description);

        public static ProxyChoice SystemDefault() => new ProxyChoice(null, "the system proxy, if any");
    }
}
