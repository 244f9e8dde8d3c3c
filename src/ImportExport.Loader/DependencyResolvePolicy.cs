using System;
using System.IO;
using System.Reflection;

namespace ImportExport.Loader
{
    /// <summary>
    /// Which AssemblyResolve requests the Windows PowerShell 5.1 handler answers. The event is raised for every
    /// assembly any code in the session fails to find, so the handler answers only for files staged in
    /// <c>dependencies/</c>, and only when the request comes from one of our assemblies (module folder or
    /// <c>dependencies/</c>) or asks for a version no higher than the staged one: another module that wants a newer
    /// YamlDotNet or AWSSDK.Core must get its own, or fail as it would without us.
    /// </summary>
    internal static class DependencyResolvePolicy
    {
        /// <summary>The staged file to load for <paramref name="requestedName"/>, or null to decline. Never throws.</summary>
        /// <param name="requestedName">ResolveEventArgs.Name (a full or simple assembly name).</param>
        /// <param name="requestingLocation">The requesting assembly's file, or null when the runtime does not say.</param>
        /// <param name="moduleDirectory">The module's folder (ImportExport.dll, ImportExport.Loader.dll).</param>
        /// <param name="dependencyDirectory">Its <c>dependencies/</c> folder.</param>
        /// <param name="fileExists">File.Exists (a parameter for tests).</param>
        /// <param name="stagedVersion">The assembly version of a staged file, or null when it cannot be read.</param>
        public static string? Choose(string? requestedName, string? requestingLocation, string moduleDirectory, string dependencyDirectory, Func<string, bool> fileExists, Func<string, Version?> stagedVersion)
        {
            try
            {
                if (string.IsNullOrEmpty(requestedName))
                {
                    return null;
                }

                var requested = new AssemblyName(requestedName);
                if (string.IsNullOrEmpty(requested.Name) || requested.Name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
                {
                    return null;
                }

                // One context on 5.1, so one copy by construction: the contract assembly lives beside ImportExport.dll,
                // and the engine (loaded from dependencies/) finds it here when the manifest has not loaded it yet.
                if (string.Equals(requested.Name, DependencyIsolation.ContractAssemblyName, StringComparison.Ordinal))
                {
                    var contract = Path.Combine(moduleDirectory, requested.Name + ".dll");
                    return fileExists(contract) && (requestingLocation is null || IsOurs(requestingLocation, moduleDirectory, dependencyDirectory)) ? contract : null;
                }

                var path = Path.Combine(dependencyDirectory, requested.Name + ".dll");
                if (!fileExists(path))
                {
                    return null;
                }

                if (requestingLocation is not null && IsOurs(requestingLocation, moduleDirectory, dependencyDirectory))
                {
                    return path;
                }

                if (requested.Version is null)
                {
                    // A name-only request: ours when the runtime cannot say who asked, not when another module did.
                    return requestingLocation is null ? path : null;
                }

                var staged = stagedVersion(path);
                return staged is not null && requested.Version <= staged ? path : null;
            }
            catch (Exception)
            {
                return null;
            }
        }

        /// <summary>True when <paramref name="location"/> is a file in the module folder or its dependencies folder.</summary>
        public static bool IsOurs(string location, string moduleDirectory, string dependencyDirectory)
        {
            if (string.IsNullOrEmpty(location))
            {
                return false;
            }

            var directory = Path.GetDirectoryName(Path.GetFullPath(location));
            return SameDirectory(directory, moduleDirectory) || SameDirectory(directory, dependencyDirectory);
        }

        private static bool SameDirectory(string? a, string b) =>
            a is not null && string.Equals(
                Path.GetFullPath(a).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar),
                Path.GetFullPath(b).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar),
                StringComparison.OrdinalIgnoreCase);
    }
}
