using Amazon;
using Amazon.Runtime.CredentialManagement;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Gives AWSSDK.Core's credential providers (assume-role chains, web identity, SSO, credential_process) the
    /// profiles of <see cref="SharedProfiles"/>: the files as they are now, never Core's own copy of them read once.
    /// </summary>
    internal sealed class ProfileCredentialSource : ICredentialProfileSource
    {
        private readonly SharedProfiles _files;

        public ProfileCredentialSource(SharedProfiles files) => _files = files;

        public bool TryGetProfile(string profileName, out CredentialProfile profile)
        {
            var found = _files.Find(profileName);
            if (found is null)
            {
                profile = null!;
                return false;
            }

            profile = ToCoreProfile(found);
            return true;
        }

        public CredentialProfile ToCoreProfile(SharedProfile profile)
        {
            var options = new CredentialProfileOptions
            {
                AccessKey = profile["aws_access_key_id"],
                SecretKey = profile["aws_secret_access_key"],
                Token = profile["aws_session_token"],
                RoleArn = profile["role_arn"],
                SourceProfile = profile["source_profile"],
                CredentialSource = profile["credential_source"],
                ExternalID = profile["external_id"],
                MfaSerial = profile["mfa_serial"],
                RoleSessionName = profile["role_session_name"],
                CredentialProcess = profile["credential_process"],
                WebIdentityTokenFile = profile["web_identity_token_file"],
                SsoAccountId = profile["sso_account_id"],
                SsoRoleName = profile["sso_role_name"],
                SsoRegion = profile["sso_region"],
                SsoStartUrl = profile["sso_start_url"],
                SsoSession = profile["sso_session"],
                SsoRegistrationScopes = profile["sso_registration_scopes"],
                AwsAccountId = profile["aws_account_id"],
            };

            // A profile that names an [sso-session x] takes the start URL and region from it.
            if (!string.IsNullOrEmpty(options.SsoSession) && _files.ConfigSection("sso-session", options.SsoSession!) is { } session)
            {
                options.SsoStartUrl = session["sso_start_url"] ?? options.SsoStartUrl;
                options.SsoRegion = session["sso_region"] ?? options.SsoRegion;
                options.SsoRegistrationScopes = session["sso_registration_scopes"] ?? options.SsoRegistrationScopes;
            }

            var coreProfile = new CredentialProfile(profile.Name, options);
            var region = profile["region"];
            if (RegionResolver.IsWellFormed(region))
            {
                coreProfile.Region = RegionEndpoint.GetBySystemName(region);
            }

            return coreProfile;
        }
    }
}
