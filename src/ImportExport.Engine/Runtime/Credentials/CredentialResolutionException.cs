using System;
using System.Collections.Generic;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Credentials could not be resolved. <see cref="Reason"/> is a stable code (<see cref="FailureCodes"/>); the
    /// message says in plain words what was tried and what is wrong; the facts (<see cref="Profile"/>,
    /// <see cref="File"/>, <see cref="Line"/>, <see cref="Setting"/>) say what it is about, as values the cmdlet
    /// layer (and a script, through the ErrorRecord's exception) can read without parsing the message.
    /// </summary>
    public sealed class CredentialResolutionException : Exception
    {
        /// <summary>The names of <see cref="Facts"/>, as <c>ServiceFailure.Particulars</c> holds them.</summary>
        public const string ProfileFact = "Profile", FileFact = "File", LineFact = "Line", SettingFact = "Setting";

        public CredentialResolutionException(string reason, string message, Exception? inner = null)
            : base(message, inner)
        {
            Reason = reason;
        }

        /// <summary>NoCredentials, IncompleteCredentials, ProfileNotFound, InvalidProfile, SsoLoginRequired ...</summary>
        public string Reason { get; }

        /// <summary>The profile the failure is about (one not found, or one that cannot give credentials), or null.</summary>
        public string? Profile { get; internal set; }

        /// <summary>The shared file the failure is about (missing, a folder, unreadable or malformed, or where <see cref="Setting"/> is), or null.</summary>
        public string? File { get; internal set; }

        /// <summary>The line of <see cref="File"/> at fault (1 is the first), or null.</summary>
        public int? Line { get; internal set; }

        /// <summary>
        /// The setting at fault or missing: a key of the profile (source_profile, duration_seconds, aws_secret_access_key,
        /// credential_process, sso_session) or the environment variable that named the profile or file (AWS_PROFILE,
        /// AWS_CONFIG_FILE), or null.
        /// </summary>
        public string? Setting { get; internal set; }

        /// <summary>
        /// The provider failed in a way that may pass by itself (STS or the SSO portal unreachable, throttling, HTTP
        /// 5xx): running the command again later may work without changing anything.
        /// </summary>
        public bool ProviderMayRecover { get; internal set; }

        /// <summary>The facts that apply, by name (<see cref="ProfileFact"/> ...).</summary>
        public IReadOnlyDictionary<string, string> Facts()
        {
            var facts = new Dictionary<string, string>(StringComparer.Ordinal);
            Add(facts, ProfileFact, Profile);
            Add(facts, FileFact, File);
            Add(facts, LineFact, Line?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add(facts, SettingFact, Setting);
            return facts;
        }

        /// <summary>
        /// This failure, about <paramref name="key"/> of <paramref name="profile"/>: the profile, the key, and the file
        /// and line that set it (when one does).
        /// </summary>
        internal CredentialResolutionException About(SharedProfile profile, string key)
        {
            Profile = profile.Name;
            Setting = key;
            if (profile.Find(key) is { } section)
            {
                File = section.Path;
                Line = section.LineOf(key) is var line && line > 0 ? line : (int?)null;
            }

            return this;
        }

        private static void Add(Dictionary<string, string> facts, string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                facts[name] = value!;
            }
        }
    }
}
