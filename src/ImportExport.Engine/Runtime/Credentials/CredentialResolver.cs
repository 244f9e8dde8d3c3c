using System;
using System.Collections.Generic;
using System.Globalization;
using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Picks credentials in the documented order: an explicit credentials object, explicit keys, an explicit profile
    /// (which must exist), then the default chain as the AWS SDKs walk it (environment variables, web identity from
    /// the environment, AWS_PROFILE or the default profile, container credentials, instance metadata).
    /// </summary>
    /// <remarks>
    /// The shared files are read here (through <see cref="SharedProfiles"/>, as they are now), not by AWSSDK.Core's
    /// default chain, which keeps what it found for the process. A profile's credentials object is built by
    /// <see cref="ProfileCredentials"/>: role chains and credential_process by the module, the rest by Core.
    /// </remarks>
    public static class CredentialResolver
    {
        private static readonly string[] CredentialKeys =
        {
            "aws_access_key_id", "role_arn", "credential_process", "web_identity_token_file", "sso_start_url", "sso_session",
        };

        public static ResolvedCredentials Resolve(AwsConnectionSettings settings)
        {
            if (settings.Credentials is not null)
            {
                return new ResolvedCredentials(settings.Credentials, settings.CredentialsSource ?? "the credentials object given");
            }

            if (!string.IsNullOrEmpty(settings.AccessKey) || !string.IsNullOrEmpty(settings.SecretKey))
            {
                if (string.IsNullOrEmpty(settings.AccessKey) || string.IsNullOrEmpty(settings.SecretKey))
                {
                    throw new CredentialResolutionException(FailureCodes.IncompleteCredentials, "An access key and a secret key are both needed when either is given.");
                }

                return new ResolvedCredentials(
                    CredentialObjects.Keys(settings.AccessKey!, settings.SecretKey!, settings.SessionToken),
                    settings.CredentialsSource ?? "the access key and secret key given");
            }

            if (!string.IsNullOrEmpty(settings.ProfileName))
            {
                var files = SharedProfiles.Load(settings.ProfileLocation, settings.Environment);
                var profile = files.Find(settings.ProfileName!)
                    ?? throw new CredentialResolutionException(FailureCodes.ProfileNotFound, $"The profile '{settings.ProfileName}' was not found in {Where(files)}.") { Profile = settings.ProfileName };
                if (HasCredentials(profile))
                {
                    return FromProfile(files, profile, $"profile '{profile.Name}'", settings.Environment);
                }

                // As botocore: a profile that sets only a region (what `aws configure set region` leaves on an EC2
                // instance or in a container) goes on to the container and instance providers.
                var tried = new List<string> { NoCredentialsIn(profile, $"profile '{profile.Name}'") };
                return FromMachine(settings.Environment, tried, files);
            }

            return FromDefaultChain(settings);
        }

        private static ResolvedCredentials FromDefaultChain(AwsConnectionSettings settings)
        {
            var tried = new List<string>();
            var environment = settings.Environment;

            var accessKey = environment[AwsEnvironment.AccessKeyId];
            var secretKey = environment[AwsEnvironment.SecretAccessKey] ?? environment[AwsEnvironment.SecretKey];
            if (!string.IsNullOrEmpty(accessKey) && !string.IsNullOrEmpty(secretKey))
            {
                return new ResolvedCredentials(
                    CredentialObjects.Keys(accessKey!, secretKey!, environment[AwsEnvironment.SessionToken]),
                    "environment variables (AWS_ACCESS_KEY_ID)");
            }

            tried.Add("environment variables (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set)");

            var tokenFile = environment[AwsEnvironment.WebIdentityTokenFile];
            if (!string.IsNullOrEmpty(tokenFile) && !string.IsNullOrEmpty(environment[AwsEnvironment.RoleArn]))
            {
                return Checked(CredentialServiceProxy.Apply(AssumeRoleWithWebIdentityCredentials.FromEnvironmentVariables(), environment), "web identity (AWS_WEB_IDENTITY_TOKEN_FILE)", "web identity from AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN");
            }

            tried.Add("web identity (AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN are not both set)");

            var files = SharedProfiles.Load(settings.ProfileLocation, environment);
            var fromVariable = environment[AwsEnvironment.Profile];
            var name = string.IsNullOrWhiteSpace(fromVariable) ? "default" : fromVariable!.Trim();
            var profile = files.Find(name);
            var described = name == "default" ? "the default profile" : $"profile '{name}' (AWS_PROFILE)";
            if (profile is not null && HasCredentials(profile))
            {
                return FromProfile(files, profile, described, environment);
            }

            if (profile is null && name != "default")
            {
                throw new CredentialResolutionException(FailureCodes.ProfileNotFound, $"The profile '{name}' (from AWS_PROFILE) was not found in {Where(files)}.") { Profile = name, Setting = "AWS_PROFILE" };
            }

            // A profile without credentials (only a region, say) does not stop the search, as in botocore.
            tried.Add(profile is null ? $"the default profile (not in {Where(files)})" : NoCredentialsIn(profile, described));
            return FromMachine(environment, tried, files);
        }

        // The last providers of every chain: what the machine (a container, an EC2 instance) provides.
        private static ResolvedCredentials FromMachine(AwsEnvironment environment, List<string> tried, SharedProfiles files)
        {
            if (!string.IsNullOrEmpty(environment[AwsEnvironment.ContainerCredentialsRelativeUri])
                || !string.IsNullOrEmpty(environment[AwsEnvironment.ContainerCredentialsFullUri]))
            {
                return Checked(new GenericContainerCredentials(), "container credentials (AWS_CONTAINER_CREDENTIALS_*)", "container credentials");
            }

            tried.Add("container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI/FULL_URI are not set)");

            if (InstanceMetadataProbe.IsDisabled(environment))
            {
                tried.Add($"instance metadata (turned off by {InstanceMetadataProbe.DisableVariable})");
            }
            else if (InstanceMetadataProbe.IsReachable(environment, out var problem, out var remembered))
            {
                return Checked(new InstanceProfileAWSCredentials(), "instance metadata (EC2 instance profile)", "instance metadata");
            }
            else
            {
                tried.Add(string.Format(
                    CultureInfo.InvariantCulture,
                    "instance metadata ({0}{1}; set {2}=true to skip this probe)",
                    problem,
                    remembered ? ", found by an earlier command of this session" : string.Empty,
                    InstanceMetadataProbe.DisableVariable));
            }

            var note = tried.Exists(t => files.MissingFiles.Count > 0 && t.Contains(files.MissingFiles[0])) ? string.Empty : MissingFilesNote(files);
            throw new CredentialResolutionException(FailureCodes.NoCredentials, "No AWS credentials were found. Tried: " + string.Join("; ", tried) + "." + note);
        }

        private static bool HasCredentials(SharedProfile profile) => Array.Exists(CredentialKeys, profile.Has);

        private static string NoCredentialsIn(SharedProfile profile, string described) =>
            $"{described} ({profile.Files}: it sets none of aws_access_key_id, role_arn, credential_process, web_identity_token_file, sso_session or sso_start_url)";

        private static ResolvedCredentials FromProfile(SharedProfiles files, SharedProfile profile, string source, AwsEnvironment environment)
        {
            if (profile.Has("aws_access_key_id") && !profile.Has("aws_secret_access_key") && !profile.Has("role_arn"))
            {
                throw new CredentialResolutionException(FailureCodes.InvalidProfile, $"The profile '{profile.Name}' has {profile.Describe("aws_access_key_id")} but no aws_secret_access_key.")
                {
                    Profile = profile.Name,
                    File = profile.Find("aws_access_key_id")?.Path,
                    Setting = "aws_secret_access_key",
                };
            }

            var failure = new CredentialFailure($"the profile '{profile.Name}' ({profile.Files})", profile, SecretsOf(files, profile));
            AWSCredentials credentials;
            try
            {
                credentials = ProfileCredentials.Build(files, profile, environment);
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is AmazonClientException || ex is ArgumentException || ex is System.IO.InvalidDataException)
            {
                var cause = Redaction.Cause(ex, SecretsOf(files, profile));
                throw new CredentialResolutionException(FailureCodes.InvalidProfile, $"The profile '{profile.Name}' ({profile.Files}) cannot provide credentials: {Redaction.Gist(cause)}", cause) { Profile = profile.Name };
            }

            if (credentials is BasicAWSCredentials || credentials is SessionAWSCredentials)
            {
                return new ResolvedCredentials(credentials, source);
            }

            // Temporary credentials (assume role, web identity, SSO, credential_process) are fetched now, so that a
            // failure is reported as the profile's, with what went wrong, instead of surfacing inside a request.
            return Checked(credentials, source, failure);
        }

        private static ResolvedCredentials Checked(AWSCredentials credentials, string source, string what) =>
            Checked(credentials, source, new CredentialFailure(what, null, Array.Empty<string>()));

        private static ResolvedCredentials Checked(AWSCredentials credentials, string source, CredentialFailure failure)
        {
            // Temporary credentials are leased: renewed ahead of expiry by a margin that fits their lifetime, and a
            // failed renewal in the middle of a command is reported as this failure would be now.
            var leased = LeasedCredentials.Over(credentials, failure);
            try
            {
                leased.GetCredentials();
                return new ResolvedCredentials(leased, source);
            }
            catch (Exception ex) when (!(ex is OperationCanceledException) && !(ex is OutOfMemoryException))
            {
                // Any failure of a provider (ProcessAWSCredentialException is not an AmazonClientException) is the profile's.
                throw failure.From(ex, refreshing: false);
            }
        }

        /// <summary>
        /// The secret keys and session tokens of <paramref name="profile"/> and of the profiles its source_profile chain
        /// names: an STS answer about the chain may echo them, and they must not reach any message.
        /// </summary>
        internal static IReadOnlyCollection<string> SecretsOf(SharedProfiles files, SharedProfile profile)
        {
            var secrets = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var p = profile; p is not null && seen.Add(p.Name); p = p["source_profile"] is { Length: > 0 } next ? files.Find(next) : null)
            {
                foreach (var key in new[] { "aws_secret_access_key", "aws_session_token" })
                {
                    if (p[key] is { Length: > 0 } value)
                    {
                        secrets.Add(value);
                    }
                }
            }

            return secrets;
        }

        internal static string Where(SharedProfiles files) => $"'{files.CredentialsPath}' or '{files.ConfigPath}'{MissingFilesNote(files, parenthesised: true)}";

        // A variable that names a missing file is often the explanation of a missing profile or credentials.
        private static string MissingFilesNote(SharedProfiles files, bool parenthesised = false)
        {
            if (files.MissingFiles.Count == 0)
            {
                return string.Empty;
            }

            var text = string.Join("; ", files.MissingFiles);
            return parenthesised ? $" ({text})" : " " + char.ToUpperInvariant(text[0]) + text.Substring(1) + ".";
        }
    }
}
