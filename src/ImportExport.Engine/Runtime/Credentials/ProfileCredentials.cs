using System;
using System.Collections.Generic;
using System.Globalization;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Util;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The credentials object of a shared-file profile. Role chains (<c>role_arn</c> with <c>source_profile</c>) and
    /// <c>credential_process</c> are built here, so that a process anywhere in a chain is ours
    /// (<see cref="CredentialProcessCredentials"/>: Ctrl+C kills it) and a broken chain is named; every other kind of
    /// profile (keys, SSO, web identity, <c>credential_source</c>) is built by AWSSDK.Core's factory.
    /// </summary>
    internal static class ProfileCredentials
    {
        // What AWSSDK.Core's profile factory names a role session when the profile sets no role_session_name, kept so
        // that CloudTrail shows the same sessions as before the module built the chains.
        private const string SessionNamePrefix = "aws-dotnet-sdk-session-";

        private static readonly string[] OtherRoleSources = { "credential_source", "web_identity_token_file", "sso_start_url", "sso_session" };

        private static readonly string[] KindsOverProcess = { "aws_access_key_id", "role_arn", "web_identity_token_file", "sso_start_url", "sso_session" };

        /// <summary>The credentials of <paramref name="profile"/>, not fetched yet.</summary>
        /// <exception cref="CredentialResolutionException">A source_profile that is missing or leads back to itself (InvalidProfile).</exception>
        public static AWSCredentials Build(SharedProfiles files, SharedProfile profile, AwsEnvironment environment) =>
            Build(files, profile, environment, new List<string>());

        private static AWSCredentials Build(SharedProfiles files, SharedProfile profile, AwsEnvironment environment, List<string> chain)
        {
            chain.Add(profile.Name);
            if (IsProcessProfile(profile))
            {
                return new CredentialProcessCredentials(profile["credential_process"]!);
            }

            if (!IsSourceProfileRole(profile))
            {
                var core = new ProfileCredentialSource(files);
                return CredentialServiceProxy.Apply(AWSCredentialsFactory.GetAWSCredentials(core.ToCoreProfile(profile), core), environment);
            }

            var sourceName = profile["source_profile"]!;
            if (chain.Contains(sourceName))
            {
                throw new CredentialResolutionException(
                    FailureCodes.InvalidProfile,
                    $"The profile '{chain[0]}' has a source_profile chain that leads back to itself: {string.Join(" -> ", chain)} -> {sourceName}.").About(profile, "source_profile");
            }

            var source = files.Find(sourceName)
                ?? throw new CredentialResolutionException(FailureCodes.InvalidProfile, $"The profile '{profile.Name}' names source_profile '{sourceName}', which is not in {CredentialResolver.Where(files)}.").About(profile, "source_profile");
            var sessionName = profile["role_session_name"] is { Length: > 0 } given
                ? given
                : SessionNamePrefix + AWSSDKUtils.CorrectedUtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
            var options = new AssumeRoleAWSCredentialsOptions
            {
                ExternalId = profile["external_id"],
                MfaSerialNumber = profile["mfa_serial"],
                DurationSeconds = DurationOf(profile),
                ProxySettings = CredentialServiceProxy.Sts(environment),
            };
            return new AssumeRoleAWSCredentials(LeasedCredentials.Over(Build(files, source, environment, chain), null), profile["role_arn"], sessionName, options);
        }

        /// <summary>
        /// The profile's duration_seconds (how long the role's credentials should last; STS checks it against the role's
        /// maximum session duration), or null for STS's default of one hour. Not a whole number: InvalidProfile.
        /// </summary>
        private static int? DurationOf(SharedProfile profile)
        {
            var text = profile["duration_seconds"];
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (!int.TryParse(text!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
            {
                throw new CredentialResolutionException(
                    FailureCodes.InvalidProfile,
                    $"The {profile.Describe("duration_seconds")} is '{text.Trim()}', not a whole number of seconds (STS takes 900 up to the role's maximum session duration).").About(profile, "duration_seconds");
            }

            return seconds;
        }

        // A profile whose own credentials are its credential_process: the other kinds win over it, as in the AWS CLI.
        private static bool IsProcessProfile(SharedProfile profile) =>
            profile["credential_process"] is { Length: > 0 } && !Array.Exists(KindsOverProcess, profile.Has);

        // A role assumed with the credentials of another profile (Core's AssumeRole profile types, built as its factory
        // builds them); the other role sources (credential_source, web identity, SSO) stay Core's.
        private static bool IsSourceProfileRole(SharedProfile profile) =>
            profile.Has("role_arn") && profile["source_profile"] is { Length: > 0 } && !Array.Exists(OtherRoleSources, profile.Has);
    }
}
