using System;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;

namespace ImportExport.Runtime
{
    /// <summary>Credentials chosen for a call, and a description of where they came from that is safe to print.</summary>
    public sealed class ResolvedCredentials
    {
        public ResolvedCredentials(AWSCredentials credentials, string source)
        {
            Credentials = credentials;
            Source = source;
        }

        public AWSCredentials Credentials { get; }

        public string Source { get; }
    }

    /// <summary>
    /// Picks credentials in the documented order: an explicit credentials object, explicit keys,
    /// an explicit profile (which must exist), then AWSSDK.Core's default chain (environment
    /// variables, AWS_PROFILE / the default profile with SSO and assume-role support, container
    /// and instance credentials).
    /// </summary>
    public static class CredentialResolver
    {
        public static ResolvedCredentials Resolve(AwsConnectionSettings settings)
        {
            if (settings.Credentials is not null)
            {
                return new ResolvedCredentials(settings.Credentials, settings.CredentialsSource ?? "the -Credential parameter");
            }

            if (!string.IsNullOrEmpty(settings.AccessKey) || !string.IsNullOrEmpty(settings.SecretKey))
            {
                if (string.IsNullOrEmpty(settings.AccessKey) || string.IsNullOrEmpty(settings.SecretKey))
                {
                    throw new CredentialResolutionException(
                        "IncompleteCredentials",
                        "Both -AccessKey and -SecretKey are needed when either is given.");
                }

                AWSCredentials keys = string.IsNullOrEmpty(settings.SessionToken)
                    ? new BasicAWSCredentials(settings.AccessKey, settings.SecretKey)
                    : new SessionAWSCredentials(settings.AccessKey, settings.SecretKey, settings.SessionToken);
                return new ResolvedCredentials(keys, settings.CredentialsSource ?? "the -AccessKey/-SecretKey parameters");
            }

            if (!string.IsNullOrEmpty(settings.ProfileName))
            {
                return FromProfile(settings.ProfileName!, settings.ProfileLocation);
            }

            try
            {
                var credentials = DefaultAWSCredentialsIdentityResolver.GetCredentials();
                return new ResolvedCredentials(credentials, DescribeDefault(credentials));
            }
            catch (AmazonClientException ex)
            {
                throw new CredentialResolutionException(
                    "NoCredentials",
                    "No AWS credentials were found. Pass -AccessKey/-SecretKey, -ProfileName or -Credential, " +
                    "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure a default profile.", ex);
            }
        }

        private static ResolvedCredentials FromProfile(string profileName, string? profileLocation)
        {
            var chain = string.IsNullOrEmpty(profileLocation) ? new CredentialProfileStoreChain() : new CredentialProfileStoreChain(profileLocation);
            if (!chain.TryGetProfile(profileName, out var profile))
            {
                var where = string.IsNullOrEmpty(profileLocation) ? "the shared credentials and config files" : profileLocation;
                throw new CredentialResolutionException(
                    "ProfileNotFound",
                    $"The profile '{profileName}' was not found in {where}.");
            }

            try
            {
                var credentials = AWSCredentialsFactory.GetAWSCredentials(profile, chain);
                return new ResolvedCredentials(credentials, $"profile '{profileName}'");
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is AmazonClientException || ex is ArgumentException)
            {
                throw new CredentialResolutionException(
                    "InvalidProfile",
                    $"The profile '{profileName}' cannot provide credentials: {ex.Message}", ex);
            }
        }

        private static string DescribeDefault(AWSCredentials credentials)
        {
            var profile = Environment.GetEnvironmentVariable("AWS_PROFILE");
            switch (credentials)
            {
                case EnvironmentVariablesAWSCredentials:
                    return "environment variables (AWS_ACCESS_KEY_ID)";
                case BasicAWSCredentials:
                case SessionAWSCredentials:
                    return string.IsNullOrEmpty(profile) ? "the default profile" : $"profile '{profile}' (AWS_PROFILE)";
                default:
                    return credentials.GetType().Name;
            }
        }
    }

    /// <summary>Credentials could not be resolved; <see cref="Reason"/> is a stable identifier.</summary>
    public sealed class CredentialResolutionException : Exception
    {
        public CredentialResolutionException(string reason, string message, Exception? inner = null)
            : base(message, inner)
        {
            Reason = reason;
        }

        public string Reason { get; }
    }
}
