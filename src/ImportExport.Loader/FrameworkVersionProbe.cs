using System;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace ImportExport.Loader
{
    /// <summary>
    /// Windows PowerShell 5.1 does not enforce the manifest's DotNetFrameworkVersion = '4.7.2', and on an older .NET
    /// Framework the import fails later with "Could not load file or assembly 'netstandard, Version=2.0.0.0'". The
    /// loader asks this probe first and fails with one sentence that says what to install.
    /// </summary>
    internal static class FrameworkVersionProbe
    {
        /// <summary>The Release value of .NET Framework 4.7.2 (HKLM\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full).</summary>
        public const int MinimumRelease = 461808;

        // mscorlib's file version, which RuntimeInformation.FrameworkDescription shows: 4.7.2 is 4.7.3xxx, 4.8 is 4.8.xxxx.
        private static readonly Version MinimumFileVersion = new Version(4, 7, 3000);

        /// <summary>
        /// Null when the runtime is fine (not .NET Framework, or 4.7.2 or later, or nothing can be told); otherwise
        /// the sentence for the user. <paramref name="release"/> is the registry Release value when it could be read.
        /// </summary>
        public static string? Problem(string? frameworkDescription, int? release)
        {
            if (frameworkDescription is null || !frameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            string installed;
            if (release.HasValue)
            {
                if (release.Value >= MinimumRelease)
                {
                    return null;
                }

                installed = NameOf(release.Value);
            }
            else
            {
                var match = Regex.Match(frameworkDescription, @"(\d+)\.(\d+)\.(\d+)");
                if (!match.Success || !Version.TryParse(match.Value, out var version) || version >= MinimumFileVersion)
                {
                    return null;
                }

                installed = frameworkDescription.Trim();
            }

            return $"ImportExport needs .NET Framework 4.7.2 or later in Windows PowerShell 5.1 and this computer has {installed}: " +
                   "install .NET Framework 4.8 (https://dotnet.microsoft.com/download/dotnet-framework) or use PowerShell 7.";
        }

        /// <summary>The .NET Framework version a Release value stands for (the lowest Release of each version).</summary>
        public static string NameOf(int release)
        {
            var known = new (int Release, string Name)[]
            {
                (533320, "4.8.1"), (528040, "4.8"), (461808, "4.7.2"), (461308, "4.7.1"), (460798, "4.7"),
                (394802, "4.6.2"), (394254, "4.6.1"), (393295, "4.6"), (379893, "4.5.2"), (378675, "4.5.1"), (378389, "4.5"),
            };
            foreach (var (minimum, name) in known)
            {
                if (release >= minimum)
                {
                    return ".NET Framework " + name;
                }
            }

            return ".NET Framework older than 4.5 (release " + release.ToString(CultureInfo.InvariantCulture) + ")";
        }

        /// <summary>
        /// The Release value from the registry, or null. Through reflection: netstandard2.0 has no Registry type, and
        /// .NET Framework's mscorlib always has Microsoft.Win32.Registry.
        /// </summary>
        public static int? ReadRelease()
        {
            try
            {
                var registry = Type.GetType("Microsoft.Win32.Registry, mscorlib", throwOnError: false);
                var getValue = registry?.GetMethod("GetValue", BindingFlags.Public | BindingFlags.Static, null, new[] { typeof(string), typeof(string), typeof(object) }, null);
                var value = getValue?.Invoke(null, new object?[] { @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full", "Release", null });
                return value is int release ? release : (int?)null;
            }
            catch (Exception)
            {
                return null;
            }
        }
    }
}
