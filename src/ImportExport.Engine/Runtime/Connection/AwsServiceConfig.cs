using System;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util.Internal;

namespace ImportExport.Runtime
{
    /// <summary>
    /// What the Import/Export and MGN client configurations share: AWSSDK.Core's standard defaults
    /// (retry mode, timeouts), and an endpoint provider that honours an explicit service URL before
    /// falling back to the service's public endpoint.
    /// </summary>
    public abstract class AwsServiceConfig : ClientConfig
    {
        // Every defaults mode uses standard retries, as current SDKs do; the mode itself can still be
        // chosen with AWS_DEFAULTS_MODE, and retry mode/attempts with AWS_RETRY_MODE/AWS_MAX_ATTEMPTS.
        private static readonly IDefaultConfiguration[] DefaultConfigurations =
        {
            new DefaultConfiguration { Name = DefaultConfigurationMode.Standard, RetryMode = RequestRetryMode.Standard },
            new DefaultConfiguration { Name = DefaultConfigurationMode.InRegion, RetryMode = RequestRetryMode.Standard },
            new DefaultConfiguration { Name = DefaultConfigurationMode.CrossRegion, RetryMode = RequestRetryMode.Standard },
            new DefaultConfiguration { Name = DefaultConfigurationMode.Mobile, RetryMode = RequestRetryMode.Standard },
            new DefaultConfiguration { Name = DefaultConfigurationMode.Auto, RetryMode = RequestRetryMode.Standard },
        };

        private readonly string _userAgent;

        protected AwsServiceConfig(string serviceId, string signingName, string userAgentName, string apiVersion)
            : base(new DefaultConfigurationProvider(DefaultConfigurations))
        {
            base.ServiceId = serviceId;
            AuthenticationServiceName = signingName;
            ApiVersion = apiVersion;
            _userAgent = InternalSDKUtils.BuildUserAgentString(userAgentName, ModuleInfo.Version);
            EndpointProvider = new ServiceEndpointProvider(this);

            // A redirect is never an answer of these services. Following one could take a signed request (with its
            // X-Amz-Security-Token header) to another host, plain http included; the pipeline reports it instead.
            AllowAutoRedirect = false;
        }

        /// <summary>The largest response body read (16 MiB by default; real answers are far smaller). A larger one fails the call.</summary>
        public long MaxResponseBytes { get; set; } = 16L * 1024 * 1024;

        /// <summary>
        /// The cap on the wait between retries (AWSSDK.Core's StandardRetryPolicy.MaxBackoffInMilliseconds, 20 s by
        /// default). Core still chooses each wait (exponential backoff with full jitter); null keeps Core's cap.
        /// Tests and benchmarks against the local emulator lower it.
        /// </summary>
        public TimeSpan? MaxRetryBackoff { get; set; }

        /// <summary>The API version the service model names (2010-06-01, 2020-02-26).</summary>
        public string ApiVersion { get; }

        public override string ServiceVersion => ApiVersion;

        public override string UserAgent => _userAgent;

        /// <summary>The URL used when no service URL was configured.</summary>
        public abstract string DefaultEndpointUrl(string? region);

        public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters)
            => EndpointProvider.ResolveEndpoint(new EndpointParameters());

        /// <summary>
        /// Resolves the endpoint from configuration only: the explicit ServiceURL (from the caller,
        /// AWS_ENDPOINT_URL_&lt;SERVICE&gt; or AWS_ENDPOINT_URL, which Core reads for us), otherwise the public one.
        /// </summary>
        private sealed class ServiceEndpointProvider : IEndpointProvider
        {
            private readonly AwsServiceConfig _config;

            public ServiceEndpointProvider(AwsServiceConfig config) => _config = config;

            public Endpoint ResolveEndpoint(EndpointParameters parameters)
            {
                var serviceUrl = _config.ServiceURL;
                var url = !string.IsNullOrEmpty(serviceUrl)
                    ? serviceUrl
                    : _config.DefaultEndpointUrl(_config.AuthenticationRegion ?? _config.RegionEndpoint?.SystemName);
                return new Endpoint(url);
            }
        }
    }
}
