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

        /// <summary>Retries after the first attempt; null takes AWS_MAX_ATTEMPTS, the profile's max_attempts or the default (see <see cref="RetrySettings"/>).</summary>
        public int? MaxRetries { get; set; }

        public AwsConnectionSettings Clone() => (AwsConnectionSettings)MemberwiseClone();
    }
}
