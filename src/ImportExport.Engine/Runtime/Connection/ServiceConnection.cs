using System;

namespace ImportExport.Runtime
{
    /// <summary>A ready client with what was resolved to build it, for diagnostics (no secrets).</summary>
    public sealed class ServiceConnection<TClient> : IClientOwner
        where TClient : IDisposable
    {
        void IClientOwner.DisposeClient() => Client.Dispose();

        bool IClientOwner.CredentialsFailed => (Credentials as LeasedCredentials)?.Failed == true;

        /// <summary>The credentials the client signs with.</summary>
        internal Amazon.Runtime.AWSCredentials? Credentials { get; set; }

        internal ServiceConnection(TClient client, string endpoint, string region, string regionSource, string credentialSource, string accessKeyId, RetrySettings retry, string proxy)
        {
            Client = client;
            Endpoint = endpoint;
            Region = region;
            RegionSource = regionSource;
            CredentialSource = credentialSource;
            AccessKeyId = accessKeyId;
            Retry = retry;
            Proxy = proxy;
        }

        /// <summary>The retry mode and attempt limit the client uses, and where they came from.</summary>
        public RetrySettings Retry { get; }

        public TClient Client { get; }

        /// <summary>How requests reach the endpoint: "proxy http://proxy.corp:3128 (HTTPS_PROXY)", "no proxy (loopback endpoint)" ...</summary>
        public string Proxy { get; }

        public string Endpoint { get; }

        /// <summary>The region requests are signed for.</summary>
        public string Region { get; }

        public string RegionSource { get; }

        public string CredentialSource { get; }

        /// <summary>The access key id (not secret; it identifies the credentials in messages and manifests).</summary>
        public string AccessKeyId { get; }
    }
}
