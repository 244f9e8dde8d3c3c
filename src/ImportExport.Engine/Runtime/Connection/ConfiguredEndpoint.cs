using System;
using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The endpoint a client uses: the explicit URL, else AWS_ENDPOINT_URL_&lt;SERVICE&gt; / AWS_ENDPOINT_URL (read by
    /// Core), else the profile's endpoint_url (its [services] section first), each checked by <see cref="EndpointPolicy"/>.
    /// </summary>
    internal static class ConfiguredEndpoint
    {
        public static void Apply(AwsServiceConfig config, AwsConnectionSettings settings)
        {
            if (!string.IsNullOrWhiteSpace(settings.EndpointUrl))
            {
                CheckEndpoint(settings.EndpointUrl!, settings.EndpointUrlSource ?? "the endpoint URL given");
                config.ServiceURL = settings.EndpointUrl;
                return;
            }

            // AWS_IGNORE_CONFIGURED_ENDPOINT_URLS (or the profile's ignore_configured_endpoint_urls) turns off the
            // variables and the profile's endpoint_url, as in the AWS SDKs.
            var profile = SharedProfiles.LoadForSettings(settings)?.Find(settings.EffectiveProfileName);
            var ignoreVariable = settings.Environment[AwsEnvironment.IgnoreConfiguredEndpointUrls];
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
                throw new ServiceConfigurationException(FailureCodes.InvalidEndpoint, ex.Message, ex);
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
                throw new ServiceConfigurationException(FailureCodes.InvalidEndpoint, $"{origin}: {problem}");
            }
        }

    }
}
