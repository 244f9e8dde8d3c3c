using System;
using System.Collections.Concurrent;
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
    public sealed class ServiceConnection<TClient>
        where TClient : AmazonServiceClient
    {
        internal ServiceConnection(TClient client, string endpoint, string region, string regionSource, string credentialSource, string accessKeyId)
        {
            Client = client;
            Endpoint = endpoint;
            Region = region;
            RegionSource = regionSource;
            CredentialSource = credentialSource;
            AccessKeyId = accessKeyId;
        }

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

        private static readonly ConcurrentDictionary<string, object> Cache = new ConcurrentDictionary<string, object>(StringComparer.Ordinal);

        // The environment variables that change what a client resolves to.
        private static readonly string[] RelevantEnvironment =
        {
            "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_REGION", "AWS_DEFAULT_REGION",
            "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_IMPORTEXPORT", "AWS_ENDPOINT_URL_MGN", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
            "AWS_RETRY_MODE", "AWS_MAX_ATTEMPTS", "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE",
        };

        /// <summary>Optional hook applied to every new client configuration (tests inject an HTTP factory through it).</summary>
        public static Action<ClientConfig>? ConfigureClient { get; set; }

        public static ServiceConnection<ImportExportClient> ImportExport(AwsConnectionSettings settings) =>
            GetOrCreate("ie", settings, CreateImportExport);

        public static ServiceConnection<MgnClient> Mgn(AwsConnectionSettings settings) =>
            GetOrCreate("mgn", settings, CreateMgn);

        /// <summary>Forgets every cached client (for Remove-Module and tests).</summary>
        public static void Reset()
        {
            foreach (var entry in Cache.Values)
            {
                (entry as IDisposable)?.Dispose();
            }

            Cache.Clear();
        }

        private static ServiceConnection<TClient> GetOrCreate<TClient>(string service, AwsConnectionSettings settings, Func<AwsConnectionSettings, ServiceConnection<TClient>> create)
            where TClient : AmazonServiceClient
        {
            var key = CacheKey(service, settings);
            if (Cache.TryGetValue(key, out var cached))
            {
                return (ServiceConnection<TClient>)cached;
            }

            var connection = create(settings);
            if (Cache.Count >= MaxCachedClients)
            {
                Cache.Clear();
            }

            return (ServiceConnection<TClient>)Cache.GetOrAdd(key, connection);
        }

        private static ServiceConnection<ImportExportClient> CreateImportExport(AwsConnectionSettings settings)
        {
            var credentials = CredentialResolver.Resolve(settings);
            var config = new ImportExportClientConfig();
            ApplyEndpoint(config, settings);
            ConfigureClient?.Invoke(config);
            var client = new ImportExportClient(credentials.Credentials, config);
            return new ServiceConnection<ImportExportClient>(
                client,
                config.ServiceURL ?? ImportExportClientConfig.GlobalEndpoint,
                ImportExportClientConfig.SigningRegion,
                "the global Import/Export endpoint",
                credentials.Source,
                AccessKeyIdOf(credentials.Credentials));
        }

        private static ServiceConnection<MgnClient> CreateMgn(AwsConnectionSettings settings)
        {
            var region = RegionResolver.Resolve(settings)
                ?? throw new ServiceConfigurationException(
                    "NoRegion",
                    "MGN is a regional service and no region was found. Pass -Region (for example -Region eu-west-1), " +
                    "set $StoredAWSRegion with Set-DefaultAWSRegion, set AWS_REGION, or add a region to your profile.");
            if (!RegionResolver.IsWellFormed(region.Name))
            {
                throw new ServiceConfigurationException("InvalidRegion", $"'{region.Name}' (from {region.Source}) is not an AWS region name such as eu-west-1.");
            }

            var credentials = CredentialResolver.Resolve(settings);
            var config = new MgnClientConfig { RegionEndpoint = RegionEndpoint.GetBySystemName(region.Name) };
            ApplyEndpoint(config, settings);
            config.AuthenticationRegion = region.Name;
            ConfigureClient?.Invoke(config);
            var client = new MgnClient(credentials.Credentials, config);
            return new ServiceConnection<MgnClient>(
                client,
                config.ServiceURL ?? config.DefaultEndpointUrl(region.Name),
                region.Name,
                region.Source,
                credentials.Source,
                AccessKeyIdOf(credentials.Credentials));
        }

        private static void ApplyEndpoint(AwsServiceConfig config, AwsConnectionSettings settings)
        {
            if (!string.IsNullOrWhiteSpace(settings.EndpointUrl))
            {
                CheckEndpoint(settings.EndpointUrl!, "-EndpointUrl");
                config.ServiceURL = settings.EndpointUrl;
                return;
            }

            // Core picked AWS_ENDPOINT_URL_<SERVICE> / AWS_ENDPOINT_URL / the profile's endpoint_url:
            // the same transport rules apply to those.
            string? configured;
            try
            {
                configured = config.ServiceURL;
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
            Add(settings.Credentials is null ? null : CredentialIds.GetValue(settings.Credentials, _ => new StrongBox<long>(Interlocked.Increment(ref _nextCredentialId))).Value.ToString(CultureInfo.InvariantCulture));
            foreach (var variable in RelevantEnvironment)
            {
                Add(Environment.GetEnvironmentVariable(variable));
            }

            return key.ToString();
        }
    }
}
