using System.Globalization;
using Amazon.Runtime;

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

        /// <summary>botocore's default attempts in legacy mode.</summary>
        public const int LegacyMaxAttempts = 5;

        private RetrySettings(RequestRetryMode mode, string modeSource, int maxAttempts, string attemptsSource, bool legacy = false)
        {
            IsLegacy = legacy;
            Mode = mode;
            ModeSource = modeSource;
            MaxAttempts = maxAttempts;
            AttemptsSource = attemptsSource;
        }

        public RequestRetryMode Mode { get; }

        /// <summary>Legacy mode was asked for: it runs as standard (AWSSDK.Core 4 has no legacy policy).</summary>
        public bool IsLegacy { get; }

        public string ModeSource { get; }

        /// <summary>Attempts in all, the first one included (AWS_MAX_ATTEMPTS semantics); at least 1.</summary>
        public int MaxAttempts { get; }

        public string AttemptsSource { get; }

        /// <summary>Retries after the first attempt (ClientConfig.MaxErrorRetry semantics).</summary>
        public int MaxRetries => MaxAttempts - 1;

        public string Describe() =>
            string.Format(CultureInfo.InvariantCulture, "retry mode {0} ({1}), at most {2} attempt(s) ({3})", IsLegacy ? "legacy, run as standard (AWSSDK.Core 4 has no legacy mode)" : Mode.ToString().ToLowerInvariant(), ModeSource, MaxAttempts, AttemptsSource);

        /// <exception cref="ServiceConfigurationException">A variable or profile setting that is not a valid value (reason InvalidRetrySetting).</exception>
        public static RetrySettings Resolve(AwsConnectionSettings settings)
        {
            SharedProfile? profile = null;
            var modeText = settings.Environment[AwsEnvironment.RetryMode];
            var attemptsText = settings.Environment[AwsEnvironment.MaxAttempts];
            if (string.IsNullOrWhiteSpace(modeText) || (settings.MaxRetries is null && string.IsNullOrWhiteSpace(attemptsText)))
            {
                profile = SharedProfiles.LoadForSettings(settings)?.Find(settings.EffectiveProfileName);
            }

            RequestRetryMode mode;
            string modeSource;
            var legacy = false;
            if (!string.IsNullOrWhiteSpace(modeText))
            {
                mode = ParseMode(modeText!, "AWS_RETRY_MODE", out legacy);
                modeSource = "AWS_RETRY_MODE";
            }
            else if (profile is not null && profile.Has("retry_mode"))
            {
                mode = ParseMode(profile["retry_mode"]!, profile.Describe("retry_mode"), out legacy);
                modeSource = $"retry_mode of profile '{profile.Name}'";
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
                    throw Invalid($"{Capital(settings.MaxRetriesSource ?? "the retry limit given")} must be 0 or more, not {maxRetries}.");
                }

                return new RetrySettings(mode, modeSource, maxRetries + 1, settings.MaxRetriesSource ?? "the retry limit given", legacy);
            }

            if (!string.IsNullOrWhiteSpace(attemptsText))
            {
                if (!int.TryParse(attemptsText!.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var attempts) || attempts < 1)
                {
                    throw Invalid($"AWS_MAX_ATTEMPTS must be a whole number of at least 1, not '{attemptsText}'.");
                }

                return new RetrySettings(mode, modeSource, attempts, "AWS_MAX_ATTEMPTS", legacy);
            }

            if (profile is not null && profile.Has("max_attempts"))
            {
                var text = profile["max_attempts"]!.Trim();
                if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var profileAttempts) || profileAttempts < 1)
                {
                    throw Invalid($"{Capital(profile.Describe("max_attempts"))} must be a whole number of at least 1, not '{text}'.");
                }

                return new RetrySettings(mode, modeSource, profileAttempts, $"max_attempts of profile '{profile.Name}'", legacy);
            }

            // Legacy mode's own default, as botocore's: 5 attempts.
            return legacy
                ? new RetrySettings(mode, modeSource, LegacyMaxAttempts, "default of legacy mode", true)
                : new RetrySettings(mode, modeSource, DefaultMaxAttempts, "default");
        }

        // "legacy" is a valid mode of botocore and the AWS CLI (their default before standard). AWSSDK.Core 4 has no
        // legacy policy, so it runs as standard (the same retryable errors plus a few more, the same backoff), with
        // legacy's default of 5 attempts; Describe() says so, on every -Verbose.
        private static RequestRetryMode ParseMode(string text, string origin, out bool legacy)
        {
            legacy = false;
            switch (text.Trim().ToLowerInvariant())
            {
                case "standard":
                    return RequestRetryMode.Standard;
                case "legacy":
                    legacy = true;
                    return RequestRetryMode.Standard;
                case "adaptive":
                    return RequestRetryMode.Adaptive;
                default:
                    throw Invalid($"{Capital(origin)} must be 'standard', 'adaptive' or 'legacy', not '{text.Trim()}'.");
            }
        }

        private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

        private static ServiceConfigurationException Invalid(string message) => new ServiceConfigurationException(FailureCodes.InvalidRetrySetting, message);
    }
}
