using System;
using System.Runtime.CompilerServices;
using Amazon;
using Amazon.Runtime;
using ImportExport.IE;
using ImportExport.Mgn;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Builds and reuses service clients. A client owns an HTTP connection pool and AWSSDK.Core's
    /// retry state, so the same settings (and the same environment) get the same client; building
    /// one per call would open a new connection every time.
    /// </summary>
    public static class ServiceClients
    {
        /// <summary>
        /// Adds a hook applied to every new client configuration, after the endpoint and retry settings, until the
        /// result is disposed. Clients are cached: a hook only affects clients built while it is registered, so a
        /// test should use settings (an endpoint) of its own.
        /// </summary>
        public static IDisposable AddConfigurator(Action<ClientConfig> configure) => ClientConfigurators.Add(configure);

        /// <summary>Forgets every cached client (for Remove-Module and tests).</summary>
        public static void Reset() => ClientCache.Clear();

        public static ServiceConnection<ImportExportClient> ImportExport(AwsConnectionSettings settings)
        {
            BeforeFirstClient();
            return ClientCache.GetOrCreate("ie", settings, CreateImportExport);
        }

        public static ServiceConnection<MgnClient> Mgn(AwsConnectionSettings settings)
        {
            BeforeFirstClient();
            return ClientCache.GetOrCreate("mgn", settings, CreateMgn);
        }

        // Windows PowerShell 5.1 only: the AWSSDK.Core in the session must be ours (checked before any code that calls
        // into it is compiled), and TLS 1.2 must be on offer. A separate method: the callers' JIT never needs Core.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void BeforeFirstClient()
        {
            AwsSdkCoreIdentity.EnsureOurs(DesktopRuntime.Current);
            TlsProtocols.Ensure(DesktopRuntime.Current);
        }

        /// <summary>
        /// What every client gets whatever the runtime: enough connections for the largest -ThrottleLimit, and the
        /// proxy of HTTPS_PROXY/HTTP_PROXY/NO_PROXY as they are now (loopback always direct). Before the hooks, which
        /// may override either. Returns the proxy chosen, for -Verbose.
        /// </summary>
        internal static ProxyChoice ApplyTransport(ClientConfig config, string endpoint, bool desktop, Func<string, string?> environment)
        {
            ConnectionLimit.Apply(config);
            return Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
                ? EnvironmentProxy.Apply(config, uri, desktop, environment)
                : ProxyChoice.SystemDefault();
        }

        public static ServiceConnection<S3.S3Client> S3(AwsConnectionSettings settings) =>
            ClientCache.GetOrCreate("s3", settings, CreateS3);

        private static void ApplyRetry(AwsServiceConfig config, RetrySettings retry)
        {
            config.RetryMode = retry.Mode;
            config.MaxErrorRetry = retry.MaxRetries;
        }

        private static ServiceConnection<ImportExportClient> CreateImportExport(AwsConnectionSettings settings)
        {
            // The global endpoint needs no region, but one given (-Region mars) is held to MGN's rule, not ignored.
            _ = string.IsNullOrWhiteSpace(settings.Region) ? null : ResolveRegion(settings, string.Empty);
            var retry = RetrySettings.Resolve(settings);
            var credentials = CredentialResolver.Resolve(settings);
            var config = new ImportExportClientConfig();
            ConfiguredEndpoint.Apply(config, settings);
            ApplyRetry(config, retry);
            var proxy = ApplyTransport(config, config.ServiceURL ?? ImportExportClientConfig.GlobalEndpoint, DesktopRuntime.Current, settings.Environment.Get);
            ClientConfigurators.Apply(config);
            var client = new ImportExportClient(credentials.Credentials, config);
            return new ServiceConnection<ImportExportClient>(
                client,
                config.ServiceURL ?? ImportExportClientConfig.GlobalEndpoint,
                ImportExportClientConfig.SigningRegion,
                "the global Import/Export endpoint",
                credentials.Source,
                AccessKeyIdOf(credentials.Credentials),
                retry,
                proxy.Description)
            {
                Credentials = credentials.Credentials,
            };
        }

        private static ServiceConnection<MgnClient> CreateMgn(AwsConnectionSettings settings)
        {
            var region = ResolveRegion(settings, "MGN is a regional service and no region was found (none was given, AWS_REGION and AWS_DEFAULT_REGION are not set, and the profile has none).");
            var config = new MgnClientConfig { RegionEndpoint = RegionEndpoint.GetBySystemName(region.Name) };
            return CreateRegional(settings, config, region, (credentials, c) => new MgnClient(credentials, c));
        }

        private static ServiceConnection<S3.S3Client> CreateS3(AwsConnectionSettings settings)
        {
            var region = ResolveRegion(settings, "Uploading to S3 needs a region and none was found (none was given, AWS_REGION and AWS_DEFAULT_REGION are not set, and the profile has none).");

            // An IP-address endpoint (a local emulator) cannot carry the bucket in its host; S3ClientConfig sees that.
            var config = new S3.S3ClientConfig { RegionEndpoint = RegionEndpoint.GetBySystemName(region.Name) };
            return CreateRegional(settings, config, region, (credentials, c) => new S3.S3Client(credentials, c));
        }

        /// <summary>The region a regional service needs: NoRegion when there is none, InvalidRegion when it is not shaped like one.</summary>
        private static ResolvedRegion ResolveRegion(AwsConnectionSettings settings, string noRegion)
        {
            var region = RegionResolver.Resolve(settings) ?? throw new ServiceConfigurationException(FailureCodes.NoRegion, noRegion);
            if (!RegionResolver.IsWellFormed(region.Name))
            {
                throw new ServiceConfigurationException(FailureCodes.InvalidRegion, $"'{region.Name}' (from {region.Source}) is not an AWS region name such as eu-west-1.");
            }

            return region;
        }

        /// <summary>One way to build a regional client: endpoint, signing region, retries, transport, hooks, in that order.</summary>
        private static ServiceConnection<TClient> CreateRegional<TClient, TConfig>(AwsConnectionSettings settings, TConfig config, ResolvedRegion region, Func<AWSCredentials, TConfig, TClient> create)
            where TClient : IDisposable
            where TConfig : AwsServiceConfig
        {
            var retry = RetrySettings.Resolve(settings);
            var credentials = CredentialResolver.Resolve(settings);
            ConfiguredEndpoint.Apply(config, settings);
            config.AuthenticationRegion = region.Name;
            ApplyRetry(config, retry);
            var endpoint = config.ServiceURL ?? config.DefaultEndpointUrl(region.Name);
            var proxy = ApplyTransport(config, endpoint, DesktopRuntime.Current, settings.Environment.Get);
            ClientConfigurators.Apply(config);
            return new ServiceConnection<TClient>(
                create(credentials.Credentials, config),
                endpoint,
                region.Name,
                region.Source,
                credentials.Source,
                AccessKeyIdOf(credentials.Credentials),
                retry,
                proxy.Description)
            {
                Credentials = credentials.Credentials,
            };
        }

        private static string AccessKeyIdOf(AWSCredentials credentials)
        {
            try
            {
                return credentials.GetCredentials()?.AccessKey ?? string.Empty;
            }
            catch (AmazonClientException)
            {
                // Credentials that resolve lazily (SSO, assume-role) may fail only when used; the call will say why.
                return string.Empty;
            }
        }
    }
}
