using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The shared credentials and config files as they are now: which files (AWS_SHARED_CREDENTIALS_FILE,
    /// AWS_CONFIG_FILE, the profile location, ~/.aws), read per command through <see cref="SharedFile"/>'s cache.
    /// A profile location (-ProfileLocation) naming a file that does not exist is an error: the user asked for that
    /// file. A variable naming one is read as an empty file, as botocore and the AWS CLI read it, and
    /// <see cref="MissingFiles"/> says so, for -Verbose and for the messages of errors that a file might explain.
    /// </summary>
    public sealed class SharedProfiles
    {
        private SharedProfiles(SharedFile? credentials, string credentialsPath, SharedFile? config, string configPath, IReadOnlyList<string> missingFiles)
        {
            MissingFiles = missingFiles;
            CredentialsFile = credentials;
            CredentialsPath = credentialsPath;
            ConfigFile = config;
            ConfigPath = configPath;
        }

        public SharedFile? CredentialsFile { get; }

        public string CredentialsPath { get; }

        public SharedFile? ConfigFile { get; }

        public string ConfigPath { get; }

        /// <summary>
        /// One sentence per shared-file variable (AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE) that names a file that
        /// does not exist, which was read as empty; none when both exist or are not set.
        /// </summary>
        public IReadOnlyList<string> MissingFiles { get; }

        /// <summary>Changes whenever either file, or which files, change: part of the client cache key.</summary>
        public string Stamp => $"{CredentialsPath}|{CredentialsFile?.Stamp ?? "missing"}|{ConfigPath}|{ConfigFile?.Stamp ?? "missing"}";

        /// <summary>What <see cref="Stamp"/> would be now, without reading the files or failing: for cache keys.</summary>
        public static string CurrentStamp(string? profileLocation, AwsEnvironment environment)
        {
            try
            {
                var credentials = !string.IsNullOrWhiteSpace(profileLocation) ? Expand(profileLocation!, environment) : PathFromVariable(environment, AwsEnvironment.SharedCredentialsFile, "credentials");
                var config = PathFromVariable(environment, AwsEnvironment.ConfigFile, "config");
                return $"{credentials}|{SharedFile.StampOf(credentials)}|{config}|{SharedFile.StampOf(config)}";
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is System.Security.SecurityException || ex is IOException || ex is UnauthorizedAccessException)
            {
                return "unreadable";
            }
        }

        /// <summary>
        /// The files for settings (region, retries, endpoint) when the credentials were given explicitly: those never
        /// depend on the shared files, so a missing or malformed file only means no settings from it (null).
        /// </summary>
        public static SharedProfiles? LoadForSettings(AwsConnectionSettings settings)
        {
            try
            {
                return Load(settings.ProfileLocation, settings.Environment);
            }
            catch (CredentialResolutionException) when (settings.HasExplicitKeys && string.IsNullOrEmpty(settings.ProfileName))
            {
                return null;
            }
        }

        /// <summary>The files for <paramref name="profileLocation"/> as the environment names them now (for completers and tests).</summary>
        /// <exception cref="CredentialResolutionException">A named file is missing, unreadable or malformed (InvalidProfile).</exception>
        public static SharedProfiles Load(string? profileLocation) => Load(profileLocation, AwsEnvironment.Capture());

        /// <summary>The files for <paramref name="profileLocation"/> (a credentials file; null for the usual ones) as <paramref name="environment"/> names them.</summary>
        /// <exception cref="CredentialResolutionException">A named file is missing, unreadable or malformed (InvalidProfile).</exception>
        public static SharedProfiles Load(string? profileLocation, AwsEnvironment environment)
        {
            var missing = new List<string>();
            string credentialsPath;
            string credentialsDescription;
            if (!string.IsNullOrWhiteSpace(profileLocation))
            {
                credentialsPath = Expand(profileLocation!, environment);
                credentialsDescription = $"The credentials file '{credentialsPath}' (the profile location)";
                RequireExisting(credentialsPath, credentialsDescription);
            }
            else
            {
                credentialsPath = FromVariable(environment, AwsEnvironment.SharedCredentialsFile, "credentials", out credentialsDescription, missing);
            }

            var configPath = FromVariable(environment, AwsEnvironment.ConfigFile, "config", out var configDescription, missing);
            return new SharedProfiles(
                SharedFile.Load(credentialsPath, credentialsDescription),
                credentialsPath,
                SharedFile.Load(configPath, configDescription),
                configPath,
                missing);
        }

        /// <summary>The profile <paramref name="name"/>, or null when neither file has it.</summary>
        public SharedProfile? Find(string name)
        {
            var sections = new List<SharedFileSection>();
            var fromCredentials = CredentialsFile?.Section(name);
            if (fromCredentials is not null)
            {
                sections.Add(fromCredentials);
            }

            // In the config file a profile is [profile name]; [default] may be written either way.
            var fromConfig = ConfigFile?.Section("profile " + name)
                ?? (string.Equals(name, "default", StringComparison.Ordinal) ? ConfigFile?.Section("default") : null);
            if (fromConfig is not null)
            {
                sections.Add(fromConfig);
            }

            return sections.Count == 0 ? null : new SharedProfile(name, sections);
        }

        /// <summary>A [<paramref name="kind"/> <paramref name="name"/>] section of the config file (sso-session, services).</summary>
        public SharedFileSection? ConfigSection(string kind, string name) => ConfigFile?.Section(kind + " " + name);

        /// <summary>Every profile name of both files: sections of the credentials file, [profile x] and [default] of the config file.</summary>
        public IEnumerable<string> ProfileNames()
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var header in CredentialsFile?.Headers ?? Enumerable.Empty<string>())
            {
                names.Add(header);
            }

            foreach (var header in ConfigFile?.Headers ?? Enumerable.Empty<string>())
            {
                if (header.StartsWith("profile ", StringComparison.Ordinal))
                {
                    names.Add(header.Substring("profile ".Length));
                }
                else if (header == "default")
                {
                    names.Add(header);
                }
            }

            return names;
        }

        private static string PathFromVariable(AwsEnvironment environment, string variable, string fileName)
        {
            var value = environment[variable];
            return !string.IsNullOrWhiteSpace(value) ? Expand(value!.Trim(), environment) : Path.Combine(environment.HomeFolder(), ".aws", fileName);
        }

        private static string FromVariable(AwsEnvironment environment, string variable, string fileName, out string description, List<string> missing)
        {
            var value = environment[variable];
            if (!string.IsNullOrWhiteSpace(value))
            {
                var path = Expand(value!.Trim(), environment);
                description = $"The shared {fileName} file '{path}' (from {variable})";
                if (Directory.Exists(path))
                {
                    throw new CredentialResolutionException(FailureCodes.InvalidProfile, $"{description} is a folder, not a file.") { File = path, Setting = variable };
                }

                if (!File.Exists(path))
                {
                    // botocore and the AWS CLI read a missing file as an empty one; so does the module, and says so.
                    missing.Add(MissingNote(variable, path, fileName));
                }

                return path;
            }

            var defaultPath = Path.Combine(environment.HomeFolder(), ".aws", fileName);
            description = $"The shared {fileName} file '{defaultPath}'";
            return defaultPath;
        }

        /// <summary>
        /// What <see cref="MissingFiles"/> would say now, without reading the files or failing: for -Verbose when a
        /// command connects (the variables a profile location replaces are left out).
        /// </summary>
        public static IReadOnlyList<string> MissingNamedFiles(string? profileLocation, AwsEnvironment environment)
        {
            var notes = new List<string>();
            foreach (var (variable, fileName) in new[] { (AwsEnvironment.SharedCredentialsFile, "credentials"), (AwsEnvironment.ConfigFile, "config") })
            {
                if (variable == AwsEnvironment.SharedCredentialsFile && !string.IsNullOrWhiteSpace(profileLocation))
                {
                    continue;
                }

                try
                {
                    var value = environment[variable];
                    if (!string.IsNullOrWhiteSpace(value) && Expand(value!.Trim(), environment) is var path && !File.Exists(path) && !Directory.Exists(path))
                    {
                        notes.Add(MissingNote(variable, path, fileName));
                    }
                }
                catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is System.Security.SecurityException || ex is IOException)
                {
                    // A path that cannot even be formed is reported when the files are read.
                }
            }

            return notes;
        }

        private static string MissingNote(string variable, string path, string fileName) =>
            $"{variable} names '{path}', which does not exist: it was read as an empty {fileName} file";

        private static void RequireExisting(string path, string description)
        {
            if (Directory.Exists(path))
            {
                throw new CredentialResolutionException(FailureCodes.InvalidProfile, $"{description} is a folder, not a file.") { File = path };
            }

            if (!File.Exists(path))
            {
                throw new CredentialResolutionException(FailureCodes.InvalidProfile, $"{description} does not exist.") { File = path };
            }
        }

        private static string Expand(string path, AwsEnvironment environment)
        {
            if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("~\\", StringComparison.Ordinal))
            {
                path = environment.HomeFolder() + path.Substring(1);
            }

            return Path.GetFullPath(path);
        }
    }
}
