using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Amazon;
using Amazon.Runtime;
using ImportExport.IE;
using ImportExport.Mgn;

namespace ImportExport.Runtime
{
    /// <summary>A ready client with what was resolved to build it, for diagnostics (no secrets).</summary>
    public sealed class ServiceConnection<TClient> : IClientOwner
        where TClient : IDisposable
    {
        void IClientOwner.DisposeClient() => Client.Dispose();

        internal ServiceConnection(TClient client, string endpoint, string region, string regionSource, string credentialSource, string accessKeyId, RetrySettings retry)
        {
            Client = client;
            Endpoint = endpoint;
            Region = region;
            RegionSource = regionSource;
            CredentialSource = credentialSource;
            AccessKeyId = accessKeyId;
            Retry = retry;
        }

        /// <summary>The retry mode and attempt limit the client uses, and where they came from.</summary>
        public RetrySettings Retry { get; }

        public TClient Client { get; }

        public string Endpoint { get; }

        /// <summary>The region requests are signed for.</summary>
        public string Region { get; }

        public string RegionSource { get; }

        public string CredentialSource { get; }

        /// <summary>The access key id (not secret; it identifies the credentials in messages and manifests).</summary>
        public string AccessKeyId { get; }
    }

    /// <summary>Settings that cannot make a working client (bad endpoint, missing region ...).</summary>
    public sealed class ServiceConfigurationException : Exception
    {
        public ServiceConfigurationException(string reason, string message, Exception? inner = null)
            : base(message, inner)
        {
            Reason = reason;
        }

        /// <summary>A stable identifier of what is wrong (InvalidEndpoint, NoRegion, InvalidRegion ...).</summary>
        public string Reason { get; }
    }

    /// <summary>
    /// Builds and reuses service clients. A client owns an HTTP connection pool and AWSSDK.Core's
    /// retry state, so the same settings (and the same environment) get the same client; building
    /// one per call would open a new connection every time.
    /// </summary>
    public static class ServiceClients
    {
        private const int MaxCachedClients = 32;

        // A credentials object is part of the key by identity (a new object may carry refreshed keys);
        // the weak table gives each one a unique id without keeping it alive.
        private static readonly ConditionalWeakTable<AWSCredentials, StrongBox<long>> CredentialIds = new ConditionalWeakTable<AWSCredentials, StrongBox<long>>();
        private static long _nextCredentialId;

        // One Lazy per key: concurrent first calls with the same settings (ForEach-Object -Parallel) build one client.
        private static readonly ConcurrentDictionary<string, Lazy<object>> Cache = new ConcurrentDictionary<string, Lazy<object>>(StringComparer.Ordinal);

        private static readonly object ConfiguratorsGate = new object();
        private static Action<ClientConfig>[] _configurators = new Action<ClientConfig>[0];

        // The environment variables that change what a client resolves to.
        private static readonly string[] RelevantEnvironment =
        {
            "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_REGION", "AWS_DEFAULT_REGION",
            "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_IMPORTEXPORT", "AWS_ENDPOINT_URL_MGN", "AWS_ENDPOINT_URL_S3", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
            "AWS_RETRY_MODE", "AWS_MAX_ATTEMPTS", "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE",
            "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN", "AWS_ROLE_SESSION_NAME", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
            "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_EC2_METADATA_DISABLED", "AWS_EC2_METADATA_SERVICE_ENDPOINT",
            "AWS_ENDPOINT_URL_STS", "AWS_ENDPOINT_URL_SSO", "HOME", "USERPROFILE",
            "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy",
        };

        /// <summary>
        /// Adds a hook applied to every new client configuration, after the endpoint and retry settings, until the
        /// result is disposed. Clients are cached: a hook only affects clients built while it is registered, so a
        /// test should use settings (an endpoint) of its own.
        /// </summary>
        public static IDisposable AddConfigurator(Action<ClientConfig> configure)
        {
            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            lock (ConfiguratorsGate)
            {
                _configurators = _configurators.Concat(new[] { configure }).ToArray();
            }

            return new Registration(configure);
        }

        public static ServiceConnection<ImportExportClient> ImportExport(AwsConnectionSettings settings)
        {
            BeforeFirstClient();
            return GetOrCreate("ie", settings, CreateImportExport);
        }

        public static ServiceConnection<MgnClient> Mgn(AwsConnectionSettings settings)
        {
            BeforeFirstClient();
            return GetOrCreate("mgn", settings, CreateMgn);
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
        /// What every client gets whatever the runtime: enough connections for the largest -ThrottleLimit; on
        /// .NET Framework (<paramref name="desktop"/>) also the proxy of HTTPS_PROXY/HTTP_PROXY/NO_PROXY, which .NET
        /// reads by itself. Before the hooks, which may override either.
        /// </summary>
        internal static void ApplyTransport(ClientConfig config, string endpoint, bool desktop, Func<string, string?> environment)
        {
            ConnectionLimit.Apply(config);
            if (Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
            {
                EnvironmentProxy.Apply(config, uri, desktop, environment);
            }
        }

        public static ServiceConnection<S3.S3Client> S3(AwsConnectionSettings settings) =>
            GetOrCreate("s3", settings, CreateS3);

        /// <summary>Forgets every cached client (for Remove-Module and tests).</summary>
        public static void Reset()
        {
            foreach (var entry in Cache.Values)
            {
                if (entry.IsValueCreated)
                {
                    try
                    {
                        (entry.Value as IClientOwner)?.DisposeClient();
                    }
                    catch (Exception)
                    {
                        // A client whose creation failed has nothing to dispose.
                    }
                }
            }

            Cache.Clear();
        }

        private static ServiceConnection<TClient> GetOrCreate<TClient>(string service, AwsConnectionSettings settings, Func<AwsConnectionSettings, ServiceConnection<TClient>> create)
            where TClient : AmazonServiceClient
        {
            CoreSharedFiles.Detach();
            var key = CacheKey(service, settings);
            if (!Cache.TryGetValue(key, out var entry))
            {
                if (Cache.Count >= MaxCachedClients)
                {
                    // Forget, do not dispose: another runspace may be using one of them right now.
                    Cache.Clear();
                }

                var snapshot = settings.Clone();
                entry = Cache.GetOrAdd(key, _ => new Lazy<object>(() => create(snapshot), LazyThreadSafetyMode.ExecutionAndPublication));
            }

            try
            {
                return (ServiceConnection<TClient>)entry.Value;
            }
            catch (Exception)
            {
                // Do not cache a failure: the profile may be fixed or the variable set before the next call.
                ((ICollection<KeyValuePair<string, Lazy<object>>>)Cache).Remove(new KeyValuePair<string, Lazy<object>>(key, entry));
                throw;
            }
        }

        private static void ApplyHooks(ClientConfig config)
        {
            foreach (var configure in Volatile.Read(ref _configurators))
            {
                configure(config);
            }
        }

        private static void ApplyRetry(AwsServiceConfig config, RetrySettings retry)
        {
            config.RetryMode = retry.Mode;
            config.MaxErrorRetry = retry.MaxRetries;
            if (retry.MaxRetries == 0)
            {
                // "No retries" includes Core's immediate resend on a connection found closed.
                config.MaxStaleConnectionRetries = 0;
            }
        }

        private static ServiceConnection<ImportExportClient> CreateImportExport(AwsConnectionSettings settings)
        {
            // The global endpoint needs no region, but one given (-Region mars) is held to MGN's rule, not ignored.
            _ = string.IsNullOrWhiteSpace(settings.Region) ? null : ResolveRegion(settings, string.Empty);
            var retry = RetrySettings.Resolve(settings);
            var credentials = CredentialResolver.Resolve(settings);
            var config = new ImportExportClientConfig();
            ApplyEndpoint(config, settings);
            ApplyRetry(config, retry);
            ApplyTransport(config, config.ServiceURL ?? ImportExportClientConfig.GlobalEndpoint, DesktopRuntime.Current, Environment.GetEnvironmentVariable);
            ApplyHooks(config);
            var client = new ImportExportClient(credentials.Credentials, config);
            return new ServiceConnection<ImportExportClient>(
                client,
                config.ServiceURL ?? ImportExportClientConfig.GlobalEndpoint,
                ImportExportClientConfig.SigningRegion,
                "the global Import/Export endpoint",
                credentials.Source,
                AccessKeyIdOf(credentials.Credentials),
                retry);
        }

        private static ServiceConnection<MgnClient> CreateMgn(AwsConnectionSettings settings)
        {
            var region = ResolveRegion(settings, "MGN is a regional service and no region was found. Pass -Region (for example -Region eu-west-1), " +
                "set $StoredAWSRegion with Set-DefaultAWSRegion, set AWS_REGION, or add a region to your profile.");
            var config = new MgnClientConfig { RegionEndpoint = RegionEndpoint.GetBySystemName(region.Name) };
            return CreateRegional(settings, config, region, (credentials, c) => new MgnClient(credentials, c));
        }

        private static ServiceConnection<S3.S3Client> CreateS3(AwsConnectionSettings settings)
        {
            var region = ResolveRegion(settings, "Uploading to S3 needs a region and none was found. Pass -Region, set AWS_REGION, or add a region to your profile.");

            // An IP-address endpoint (a local emulator) cannot carry the bucket in its host; S3ClientConfig sees that.
            var config = new S3.S3ClientConfig { RegionEndpoint = RegionEndpoint.GetBySystemName(region.Name) };
            return CreateRegional(settings, config, region, (credentials, c) => new S3.S3Client(credentials, c));
        }

        /// <summary>The region a regional service needs: NoRegion when there is none, InvalidRegion when it is not shaped like one.</summary>
        private static ResolvedRegion ResolveRegion(AwsConnectionSettings settings, string noRegion)
        {
            var region = RegionResolver.Resolve(settings) ?? throw new ServiceConfigurationException("NoRegion", noRegion);
            if (!RegionResolver.IsWellFormed(region.Name))
            {
                throw new ServiceConfigurationException("InvalidRegion", $"'{region.Name}' (from {region.Source}) is not an AWS region name such as eu-west-1.");
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
            ApplyEndpoint(config, settings);
            config.AuthenticationRegion = region.Name;
            ApplyRetry(config, retry);
            var endpoint = config.ServiceURL ?? config.DefaultEndpointUrl(region.Name);
            ApplyTransport(config, endpoint, DesktopRuntime.Current, Environment.GetEnvironmentVariable);
            ApplyHooks(config);
            return new ServiceConnection<TClient>(
                create(credentials.Credentials, config),
                endpoint,
                region.Name,
                region.Source,
                credentials.Source,
                AccessKeyIdOf(credentials.Credentials),
                retry);
        }

        private static void ApplyEndpoint(AwsServiceConfig config, AwsConnectionSettings settings)
        {
            if (!string.IsNullOrWhiteSpace(settings.EndpointUrl))
            {
                CheckEndpoint(settings.EndpointUrl!, "-EndpointUrl");
                config.ServiceURL = settings.EndpointUrl;
                return;
            }

            // AWS_IGNORE_CONFIGURED_ENDPOINT_URLS (or the profile's ignore_configured_endpoint_urls) turns off the
            // variables and the profile's endpoint_url, as in the AWS SDKs.
            var profile = SharedProfiles.LoadForSettings(settings)?.Find(settings.EffectiveProfileName);
            var ignoreVariable = Environment.GetEnvironmentVariable("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS");
            var ignore = !string.IsNullOrWhiteSpace(ignoreVariable)
                ? string.Equals(ignoreVariable!.Trim(), "true", StringComparison.OrdinalIgnoreCase)
                : string.Equals(profile?["ignore_configured_endpoint_urls"]?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            config.IgnoreConfiguredEndpointUrls = ignore;
            if (ignore)
            {
                return;
            }

            // Core reads AWS_ENDPOINT_URL_<SERVICE> / AWS_ENDPOINT_URL (as they are now); the profile's endpoint_url
            // (its [services] section first) comes from the files as they are now. The same transport rules apply.
            string? configured;
            try
            {
                configured = config.ServiceURL;
                if (string.IsNullOrEmpty(configured) && profile is not null && ProfileEndpoint(profile, settings, config) is { } fromProfile)
                {
                    CheckEndpoint(fromProfile.Url, fromProfile.Origin);
                    config.ServiceURL = fromProfile.Url;
                    return;
                }
            }
            catch (AmazonClientException ex)
            {
                throw new ServiceConfigurationException("InvalidEndpoint", ex.Message, ex);
            }

            if (!string.IsNullOrEmpty(configured))
            {
                CheckEndpoint(configured!, "the configured endpoint URL");
            }
        }

        private static (string Url, string Origin)? ProfileEndpoint(SharedProfile profile, AwsConnectionSettings settings, AwsServiceConfig config)
        {
            var serviceKey = (config.ServiceId ?? string.Empty).ToLowerInvariant().Replace(' ', '_');
            if (profile["services"] is { } servicesName && servicesName.Length > 0
                && SharedProfiles.LoadForSettings(settings)?.ConfigSection("services", servicesName) is { } services
                && services.Nested(serviceKey) is { } nested && nested.TryGetValue("endpoint_url", out var serviceUrl) && !string.IsNullOrWhiteSpace(serviceUrl))
            {
                return (serviceUrl.Trim(), $"endpoint_url of '{serviceKey}' in [services {servicesName}] ({services.Path})");
            }

            var url = profile["endpoint_url"];
            return string.IsNullOrWhiteSpace(url) ? null : (url!.Trim(), profile.Describe("endpoint_url"));
        }

        private static void CheckEndpoint(string url, string origin)
        {
            var problem = EndpointPolicy.Check(url);
            if (problem is not null)
            {
                throw new ServiceConfigurationException("InvalidEndpoint", $"{origin}: {problem}");
            }
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

        private static string CacheKey(string service, AwsConnectionSettings settings)
        {
            var key = new StringBuilder(service);
            void Add(string? value) => key.Append('\u001f').Append(value);
            Add(settings.Region);
            Add(settings.ProfileName);
            Add(settings.ProfileLocation);
            Add(settings.AccessKey);
            Add(settings.SecretKey);
            Add(settings.SessionToken);
            Add(settings.EndpointUrl);
            Add(settings.MaxRetries?.ToString(CultureInfo.InvariantCulture));
            Add(settings.Credentials is null ? null : CredentialIds.GetValue(settings.Credentials, _ => new StrongBox<long>(Interlocked.Increment(ref _nextCredentialId))).Value.ToString(CultureInfo.InvariantCulture));
            foreach (var variable in RelevantEnvironment)
            {
                Add(Environment.GetEnvironmentVariable(variable));
            }

            // An edited or replaced credentials/config file makes a new client (new keys, region, settings).
            Add(SharedProfiles.CurrentStamp(settings.ProfileLocation));

            return key.ToString();
        }

        private sealed class Registration : IDisposable
        {
            private Action<ClientConfig>? _configure;

            public Registration(Action<ClientConfig> configure) => _configure = configure;

            public void Dispose()
            {
                var configure = Interlocked.Exchange(ref _configure, null);
                if (configure is null)
                {
                    return;
                }

                lock (ConfiguratorsGate)
                {
                    _configurators = _configurators.Where(c => !ReferenceEquals(c, configure)).ToArray();
                }
            }
        }
    }

    /// <summary>Lets the cache dispose a connection's client without knowing its type.</summary>
    internal interface IClientOwner
    {
        void DisposeClient();
    }
}
