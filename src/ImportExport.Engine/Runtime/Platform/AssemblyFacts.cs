using System;
using System.Diagnostics;
using System.IO;
using System.Reflection;

namespace ImportExport.Runtime
{
    /// <summary>What identifies one build of an assembly: where it was loaded from, its versions and its module id.</summary>
    internal sealed class AssemblyFacts
    {
        public AssemblyFacts(string? location, Version? version, string? fileVersion, Guid? mvid)
        {
            Location = string.IsNullOrEmpty(location) ? null : location;
            Version = version;
            FileVersion = string.IsNullOrEmpty(fileVersion) ? null : fileVersion;
            Mvid = mvid;
        }

        /// <summary>The file the assembly was loaded from, or null (loaded from bytes).</summary>
        public string? Location { get; }

        /// <summary>The assembly version (AWSSDK.Core 4.0.x is 4.0.0.0 for every release).</summary>
        public Version? Version { get; }

        /// <summary>The file version, which differs between releases (4.0.102.19).</summary>
        public string? FileVersion { get; }

        /// <summary>The manifest module's MVID when known: different for every build.</summary>
        public Guid? Mvid { get; }

        /// <summary>The facts of a loaded assembly (never throws; unknown facts are null).</summary>
        public static AssemblyFacts Of(Assembly assembly)
        {
            string? location = null;
            try
            {
                location = assembly.Location;
            }
            catch (NotSupportedException)
            {
            }

            string? fileVersion = null;
            try
            {
                fileVersion = assembly.GetCustomAttribute<AssemblyFileVersionAttribute>()?.Version;
            }
            catch (Exception)
            {
            }

            Guid? mvid = null;
            try
            {
                mvid = assembly.ManifestModule.ModuleVersionId;
            }
            catch (Exception)
            {
            }

            return new AssemblyFacts(location, assembly.GetName().Version, fileVersion, mvid);
        }

        /// <summary>The facts of an assembly file that is not (necessarily) loaded, or null when there is no such file.</summary>
        public static AssemblyFacts? OfFile(string path)
        {
            try
            {
                if (!File.Exists(path))
                {
                    return null;
                }

                var name = AssemblyName.GetAssemblyName(path);
                return new AssemblyFacts(Path.GetFullPath(path), name.Version, FileVersionInfo.GetVersionInfo(path).FileVersion, null);
            }
            catch (Exception)
            {
                return null;
            }
        }

        public override string ToString() =>
            $"{FileVersion ?? Version?.ToString() ?? "unknown version"} ({Location ?? "loaded from memory"})";
    }
}
