using System;
using System.Collections.Generic;
using System.Globalization;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Util;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The profiles whose credentials come from a <c>credential_process</c>, directly or at the end of a
    /// <c>source_profile</c> role chain: built here, so that the process is ours (<see cref="CredentialProcessCredentials"/>)
    /// and Ctrl+C kills it wherever it sits in the chain. Every other profile is built by AWSSDK.Core's factory.
    /// </summary>
    internal static class ProfileRoleChain
    {
        // What AWSSDK.Core's profile factory names a role session when the profile sets no role_session_name, kept so
        // that CloudTrail shows the same sessions whichever of us built the chain.
        private const string SessionNamePrefix = "aws-dotnet-sdk-session-";

        private static readonly string[] OtherRoleSources = { "credential_source", "web_identity_token_file", "sso_start_url", "sso_session" };

        private static readonly string[] KindsOverProcess = { "aws_access_key_id", "role_arn", "web_identity_token_file", "sso_start_url", "sso_session" };

        /// <summary>Whether <paramref name="profile"/> is a credential_process profile or a role chain that ends in one.</summary>
        public static bool ReachesProcess(SharedProfiles files, SharedProfile profile)
        {
            // A cycle or a missing source is not ours to report: Core's factory says what is wrong with the chain.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var current = profile; current is not null && seen.Add(current.Name); current = files.Find(current["source_profile"]!))
            {
                if (IsProcessProfile(current))
                {
                    return true;
                }

                if (!IsSourceProfileRole(current))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>The credentials of a profile for which <see cref="ReachesProcess"/> is true, as Core's factory would build them.</summary>
        public static AWSCredentials Build(SharedProfiles files, SharedProfile profile)
        {
            if (IsProcessProfile(profile))
            {
                return new CredentialProcessCredentials(profile["credential_process"]!);
            }

            var source = files.Find(profile["source_profile"]!)
                ?? throw new InvalidOperationException($"The profile '{profile.Name}' names a source_profile that is not there.");
            var sessionName = profile["role_session_name"] is { Length: > 0 } given
                ? given
                : SessionNamePrefix + AWSSDKUtils.CorrectedUtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
            var options = new AssumeRoleAWSCredentialsOptions { ExternalId = profile["external_id"], MfaSerialNumber = profile["mfa_serial"] };
            return new AssumeRoleAWSCredentials(Build(files, source), profile["role_arn"], sessionName, options);
        }

        // A profile whose own credentials are its credential_process: the other kinds win over it, as in the AWS CLI.
        private static bool IsProcessProfile(SharedProfile profile) =>
            profile["credential_process"] is { Length: > 0 } && !Array.Exists(KindsOverProcess, profile.Has);

        // A role assumed with the credentials of another profile (Core's AssumeRole profile types); the other role
        // sources (credential_source, web identity, SSO) stay Core's.
        private static bool IsSourceProfileRole(SharedProfile profile) =>
            profile.Has("role_arn") && profile["source_profile"] is { Length: > 0 } && !Array.Exists(OtherRoleSources, profile.Has);
    }
}
