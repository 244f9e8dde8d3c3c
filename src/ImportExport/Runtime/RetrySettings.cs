using System;
using System.Globalization;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The retry mode and attempt limit for a client, resolved as the AWS SDKs document it: an explicit value
    /// (-MaxRetry), then AWS_RETRY_MODE / AWS_MAX_ATTEMPTS, then retry_mode / max_attempts of the profile in use,
    /// then standard mode with 3 attempts.
    /// </summary>
    /// <remarks>
    /// AWSSDK.Core reads the same variables and files, but once per process (FallbackInternalConfigurationFactory
    /// caches them on first use, for the default profile only): a variable set later in the session, or the profile
    /// chosen with -ProfileName, would be ignored. So they are read here on every new client and set on the
    /// configuration explicitly; Core's retry policy then applies them.
    /// </remarks>
    public sealed class RetrySettings
    {
        public const int DefaultMaxAttempts = 3;

        private RetrySettings(RequestRetryMode mode, string modeSource, int maxAttempts, string attemptsSource)
        {
            Mode = mode;
            ModeSource = modeSource;
            MaxAttempts = maxAttempts;
            AttemptsSource = attemptsSource;
        }

        public RequestRetryMode Mode { get; }

        public string ModeSource { get; }

        /// <summary>Attempts in all, the first one included (AWS_MAX_ATTEMPTS semantics); at least 1.</summary>
        public int MaxAttempts { get; }

        public string AttemptsSource { get; }

        /// <summary>Retries after the first attempt (ClientConfig.MaxErrorRetry semantics).</summary>
        public int MaxRetries => MaxAttempts - 1;

        public string Describe() =>
            string.Format(CultureInfo.InvariantCulture, "retry mode {0} ({1}), at most {2} attempt(s) ({3})", Mode.ToString().ToLowerInvariant(), ModeSource, MaxAttempts, AttemptsSource);

        /// <exception cref="ServiceConfigurationException">A variable or profile setting that is not a valid value (reason InvalidRetrySetting).</exception>
        public static RetrySettings Resolve(AwsConnectionSettings settings)
        {
            CredentialProfile? profile = null;
            string? profileName = null;
            var modeText = Environment.GetEnvironmentVariable("AWS_RETRY_MODE");
            var attemptsText = Environment.GetEnvironmentVariable("AWS_MAX_ATTEMPTS");
            if (string.IsNullOrWhiteSpace(modeText) || (settings.MaxRetries is null && string.IsNullOrWhiteSpace(attemptsText)))
            {
                profile = FindProfile(settings, out profileName);
            }

            RequestRetryMode mode;
            string modeSource;
            if (!string.IsNullOrWhiteSpace(modeText))
            {
                mode = ParseMode(modeText!, "AWS_RETRY_MODE");
                modeSource = "AWS_RETRY_MODE";
            }
            else if (profile?.RetryMode is { } profileMode)
            {
                mode = profileMode;
                modeSource = $"retry_mode of profile '{profileName}'";
            }
            else
            {
                mode = RequestRetryMode.Standard;
                modeSource = "default";
            }

            if (settings.MaxRetries is { } maxRetries)
            {
                if (maxRetries < 0)
                {
                    throw Invalid($"-MaxRetry must be 0 or more, not {maxRetries}.");
                }

                return new RetrySettings(mode, modeSource, maxRetries + 1, "-MaxRetry");
            }

            if (!string.IsNullOrWhiteSpace(attemptsText))
            {
                if (!int.TryParse(attemptsText!.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var attempts) || attempts < 1)
                {
                    throw Invalid($"AWS_MAX_ATTEMPTS must be a whole number of at least 1, not '{attemptsText}'.");
                }

                return new RetrySettings(mode, modeSource, attempts, "AWS_MAX_ATTEMPTS");
            }

            if (profile?.MaxAttempts is { } profileAttempts)
            {
                if (profileAttempts < 1)
                {
                    throw Invalid($"max_attempts of profile '{profileName}' must be at least 1, not {profileAttempts}.");
                }

                return new RetrySettings(mode, modeSource, profileAttempts, $"max_attempts of profile '{profileName}'");
            }

            return new RetrySettings(mode, modeSource, DefaultMaxAttempts, "default");
        }

        private static RequestRetryMode ParseMode(string text, string origin)
        {
            // Legacy was dropped by AWSSDK.Core 4; like the SDKs, treat it as standard rather than fail.
            switch (text.Trim().ToLowerInvariant())
            {
                case "standard":
                case "legacy":
                    return RequestRetryMode.Standard;
                case "adaptive":
                    return RequestRetryMode.Adaptive;
                default:
                    throw Invalid($"{origin} must be 'standard' or 'adaptive', not '{text}'.");
            }
        }

        private static CredentialProfile? FindProfile(AwsConnectionSettings settings, out string profileName)
        {
            profileName = settings.ProfileName ?? Environment.GetEnvironmentVariable("AWS_PROFILE") ?? "default";
            if (string.IsNullOrWhiteSpace(profileName))
            {
                profileName = "default";
            }

            try
            {
                var chain = string.IsNullOrEmpty(settings.ProfileLocation) ? new CredentialProfileStoreChain() : new CredentialProfileStoreChain(settings.ProfileLocation);
                return chain.TryGetProfile(profileName, out var profile) ? profile : null;
            }
            catch (Exception ex) when (ex is System.IO.IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is FormatException || ex is InvalidOperationException)
            {
                // An unreadable file has no retry settings; credential resolution reports it if it matters.
                return null;
            }
        }

        private static ServiceConfigurationException Invalid(string message) => new ServiceConfigurationException("InvalidRetrySetting", message);
    }
}
