using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Everything a caller may say about where and as whom to call AWS. Every value is optional:
    /// what is missing is resolved from the environment, the shared config files and the
    /// container/instance providers, in the order the AWS SDKs use.
    /// </summary>
    public sealed class AwsConnectionSettings
    {
        public string? Region { get; set; }
        public string? ProfileName { get; set; }
        public string? ProfileLocation { get; set; }
        public string? AccessKey { get; set; }
        public string? SecretKey { get; set; }
        public string? SessionToken { get; set; }

        /// <summary>A ready credentials object; wins over every other credential setting.</summary>
        public AWSCredentials? Credentials { get; set; }

        /// <summary>Where the <see cref="Credentials"/> came from, for diagnostics (never the secret).</summary>
        public string? CredentialsSource { get; set; }

        /// <summary>Where <see cref="Region"/> came from, for diagnostics.</summary>
        public string? RegionSource { get; set; }

        /// <summary>An explicit service URL (http only for loopback addresses).</summary>
        public string? EndpointUrl { get; set; }

        /// <summary>How messages name where <see cref="EndpointUrl"/> came from (the cmdlets say "-EndpointUrl").</summary>
        public string? EndpointUrlSource { get; set; }

        /// <summary>Retries after the first attempt; null takes AWS_MAX_ATTEMPTS, the profile's max_attempts or the default (see <see cref="RetrySettings"/>).</summary>
        public int? MaxRetries { get; set; }

        /// <summary>How messages name where <see cref="MaxRetries"/> came from (the cmdlets say "-MaxRetry").</summary>
        public string? MaxRetriesSource { get; set; }

        /// <summary>
        /// Uses a credentials object of any origin (see <see cref="CredentialObjects"/>); false when
        /// <paramref name="credentialObject"/> is not one. Object-typed so that callers need no AWSSDK.Core types.
        /// </summary>
        public bool TryUseCredentialObject(object credentialObject, string source)
        {
            var credentials = CredentialObjects.From(credentialObject);
            if (credentials is null)
            {
                return false;
            }

            Credentials = credentials;
            CredentialsSource = source;
            return true;
        }

        /// <summary>Uses explicit keys, described as <paramref name="source"/> in diagnostics.</summary>
        public void UseKeys(string accessKey, string secretKey, string? sessionToken, string source)
        {
            Credentials = CredentialObjects.Keys(accessKey, secretKey, sessionToken);
            CredentialsSource = source;
        }

        /// <summary>True when credentials were given explicitly (object, keys or profile).</summary>
        public bool HasExplicitCredentials => Credentials is not null || AccessKey is not null || SecretKey is not null || ProfileName is not null;

        /// <summary>True when keys or a credentials object were given: then credentials never come from the shared files.</summary>
        public bool HasExplicitKeys => Credentials is not null || !string.IsNullOrEmpty(AccessKey) || !string.IsNullOrEmpty(SecretKey);

        /// <summary>The profile whose settings apply: -ProfileName, AWS_PROFILE, or "default".</summary>
        public string EffectiveProfileName
        {
            get
            {
                var name = !string.IsNullOrWhiteSpace(ProfileName) ? ProfileName : Environment[AwsEnvironment.Profile];
                return string.IsNullOrWhiteSpace(name) ? "default" : name!.Trim();
            }
        }

        /// <summary>
        /// The environment variables as the command found them: taken on first use and kept, so everything resolved for
        /// one command (and the client cache key) reads the same values. A clone shares it.
        /// </summary>
        public AwsEnvironment Environment
        {
            get => _environment ??= AwsEnvironment.Capture();
            set => _environment = value;
        }

        private AwsEnvironment? _environment;

        public AwsConnectionSettings Clone() => (AwsConnectionSettings)MemberwiseClone();
    }
}
