using System;
using System.Collections.Generic;
using System.Text;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The environment variables that decide where, as whom and how a command calls AWS, read once per command: the
    /// snapshot (<see cref="AwsConnectionSettings.Environment"/>) that credential, region, endpoint, retry and proxy
    /// resolution read, and that the client cache keys on.
    /// </summary>
    /// <remarks>
    /// The list is the one place a variable is named as relevant. Reading a name that is not in it throws, so a
    /// variable a resolver starts to read is part of the cache key by construction: a client cached before the
    /// variable changed can never answer a command that sees the new value (a changed AWS_SECRET_KEY once kept
    /// signing with the old secret because the key listed its variables separately and had missed that one).
    /// </remarks>
    public sealed class AwsEnvironment
    {
        public const string AccessKeyId = "AWS_ACCESS_KEY_ID";
        public const string SecretAccessKey = "AWS_SECRET_ACCESS_KEY";

        /// <summary>The older name of <see cref="SecretAccessKey"/>, still read by the AWS SDKs.</summary>
        public const string SecretKey = "AWS_SECRET_KEY";
        public const string SessionToken = "AWS_SESSION_TOKEN";
        public const string Profile = "AWS_PROFILE";
        public const string Region = "AWS_REGION";
        public const string DefaultRegion = "AWS_DEFAULT_REGION";
        public const string SharedCredentialsFile = "AWS_SHARED_CREDENTIALS_FILE";
        public const string ConfigFile = "AWS_CONFIG_FILE";
        public const string RetryMode = "AWS_RETRY_MODE";
        public const string MaxAttempts = "AWS_MAX_ATTEMPTS";
        public const string IgnoreConfiguredEndpointUrls = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";
        public const string WebIdentityTokenFile = "AWS_WEB_IDENTITY_TOKEN_FILE";
        public const string RoleArn = "AWS_ROLE_ARN";
        public const string ContainerCredentialsRelativeUri = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI";
        public const string ContainerCredentialsFullUri = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
        public const string Ec2MetadataDisabled = "AWS_EC2_METADATA_DISABLED";
        public const string Ec2MetadataServiceEndpoint = "AWS_EC2_METADATA_SERVICE_ENDPOINT";
        public const string Home = "HOME";
        public const string UserProfile = "USERPROFILE";

        /// <summary>
        /// Every variable that changes what a client resolves to. Besides those the module reads, the ones AWSSDK.Core
        /// reads for it while the command builds its client (endpoints, web identity's session name) and the proxy
        /// variables (.NET Framework: read by the module; .NET: by the runtime).
        /// </summary>
        public static IReadOnlyList<string> Variables { get; } = new[]
        {
            AccessKeyId, SecretAccessKey, SecretKey, SessionToken, Profile, Region, DefaultRegion,
            SharedCredentialsFile, ConfigFile, RetryMode, MaxAttempts, IgnoreConfiguredEndpointUrls,
            WebIdentityTokenFile, RoleArn, ContainerCredentialsRelativeUri, ContainerCredentialsFullUri,
            Ec2MetadataDisabled, Ec2MetadataServiceEndpoint, Home, UserProfile,

            // Read by AWSSDK.Core when the client (or its STS/SSO client) is built, in the same command.
            "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_IMPORTEXPORT", "AWS_ENDPOINT_URL_MGN", "AWS_ENDPOINT_URL_S3",
            "AWS_ENDPOINT_URL_STS", "AWS_ENDPOINT_URL_SSO", "AWS_ROLE_SESSION_NAME",

            "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy",
        };

        private readonly Dictionary<string, string?> _values;

        private AwsEnvironment(Dictionary<string, string?> values) => _values = values;

        /// <summary>The variables as they are now.</summary>
        public static AwsEnvironment Capture()
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var name in Variables)
            {
                values[name] = System.Environment.GetEnvironmentVariable(name);
            }

            return new AwsEnvironment(values);
        }

        /// <summary>A snapshot with the given values and every other variable unset (for tests and tools).</summary>
        public static AwsEnvironment From(IEnumerable<KeyValuePair<string, string?>> values)
        {
            var all = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var name in Variables)
            {
                all[name] = null;
            }

            foreach (var pair in values)
            {
                if (!all.ContainsKey(pair.Key))
                {
                    throw new ArgumentException($"{pair.Key} is not one of the variables in {nameof(AwsEnvironment)}.{nameof(Variables)}.", nameof(values));
                }

                all[pair.Key] = pair.Value;
            }

            return new AwsEnvironment(all);
        }

        /// <summary>The value of <paramref name="name"/> when the snapshot was taken, or null.</summary>
        /// <exception cref="ArgumentException"><paramref name="name"/> is not in <see cref="Variables"/>.</exception>
        public string? this[string name] =>
            _values.TryGetValue(name, out var value)
                ? value
                : throw new ArgumentException($"{name} is not one of the variables in {nameof(AwsEnvironment)}.{nameof(Variables)}: add it there, so the client cache keys on it too.", nameof(name));

        /// <summary>As the indexer; a method group for code that takes a lookup function (<see cref="EnvironmentProxy"/>).</summary>
        public string? Get(string name) => this[name];

        /// <summary>The trimmed value of <paramref name="name"/>, or null when it is unset or blank.</summary>
        public string? Setting(string name) => string.IsNullOrWhiteSpace(this[name]) ? null : this[name]!.Trim();

        /// <summary>True when <paramref name="name"/> is "true" in any case, as the AWS SDKs read their switches.</summary>
        public bool IsTrue(string name) => string.Equals(Setting(name), "true", StringComparison.OrdinalIgnoreCase);

        /// <summary>The user's home folder: HOME, else USERPROFILE, else the system's.</summary>
        public string HomeFolder()
        {
            var home = this[Home];
            if (string.IsNullOrEmpty(home))
            {
                home = this[UserProfile];
            }

            return string.IsNullOrEmpty(home) ? System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile) : home!;
        }

        /// <summary>Every value in <see cref="Variables"/> order: the environment's part of the client cache key (never shown).</summary>
        internal string CacheKey()
        {
            var key = new StringBuilder();
            foreach (var name in Variables)
            {
                key.Append(_values[name]).Append('\u001f');
            }

            return key.ToString();
        }
    }
}
