using System;
using System.Runtime.InteropServices;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Whether this process runs on .NET Framework (Windows PowerShell 5.1, PSEdition Desktop). A handful of
    /// decisions differ there (connection limit, TLS protocols, proxy variables, one load context); each takes
    /// the answer as an input so that tests running on .NET can ask it for the Desktop case.
    /// </summary>
    internal static class DesktopRuntime
    {
        /// <summary>True for this process when it runs on .NET Framework.</summary>
        public static bool Current { get; } = IsDesktop(RuntimeInformation.FrameworkDescription);

        /// <summary>True when <paramref name="frameworkDescription"/> (RuntimeInformation.FrameworkDescription) names .NET Framework.</summary>
        public static bool IsDesktop(string? frameworkDescription) =>
            frameworkDescription is not null && frameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);
    }
}
