using System;
using System.Collections.Concurrent;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ImportExport.Loader
{
    /// <summary>Installs (and on Windows PowerShell 5.1 removes) the way the module's dependencies are found.</summary>
    internal static class DependencyIsolation
    {
        /// <summary>The assembly that holds everything using the dependencies; the only name resolved for the default context.</summary>
        internal const string EngineAssemblyName = "ImportExport.Engine";

        /// <summary>The inventory file rules (no dependencies of its own), which the cmdlets use as directly as the engine.</summary>
        internal const string InventoryAssemblyName = "ImportExport.Inventory";

        /// <summary>The manifest rules (they use YamlDotNet), which the cmdlets use as directly as the engine.</summary>
        internal const string ManifestAssemblyName = "ImportExport.Manifest";

        /// <summary>
        /// The output types (JobSummary, ImportTask, JobType ...). Beside ImportExport.dll, in PowerShell's default
        /// context (the manifest's RequiredAssemblies), so that PowerShell resolves them by name; the engine gets the
        /// same assembly, never a copy of its own, so what it returns is what <c>-is [ImportExport.IE.JobSummary]</c> names.
        /// </summary>
        internal const string ContractAssemblyName = "ImportExport.Contracts";

        /// <summary>Where the contract assembly is staged beside a dependencies folder: the module's folder, not dependencies/.</summary>
        internal static string ContractAssemblyPathFor(string dependencyDirectory) =>
            Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dependencyDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)) ?? ModuleDirectory, ContractAssemblyName + ".dll");

        /// <summary>Whether the default context may ask the module's context for this assembly.</summary>
        internal static bool IsModuleAssembly(string? name) =>
            string.Equals(name, EngineAssemblyName, StringComparison.Ordinal)
            || string.Equals(name, InventoryAssemblyName, StringComparison.Ordinal)
            || string.Equals(name, ManifestAssemblyName, StringComparison.Ordinal);

        private static readonly object Gate = new object();
        private static readonly ConcurrentDictionary<string, Version?> StagedVersions = new ConcurrentDictionary<string, Version?>(StringComparer.OrdinalIgnoreCase);
        private static bool _installed;
        private static ResolveEventHandler? _handler;

        internal static string ModuleDirectory { get; } =
            Path.GetDirectoryName(typeof(DependencyIsolation).Assembly.Location) ?? ".";

        internal static string DependencyDirectory { get; } = Path.Combine(ModuleDirectory, "dependencies");

        /// <summary>How the dependencies are isolated in this process, for diagnostics: "AssemblyLoadContext", "AssemblyResolve" or "none".</summary>
        internal static string Mode { get; private set; } = "none";

        public static void Install()
        {
            var desktop = HasSingleLoadContext(typeof(object).Assembly);
            if (desktop)
            {
                // Before anything else: on .NET Framework < 4.7.2 the next loads fail with an obscure netstandard error.
                var problem = FrameworkVersionProbe.Problem(RuntimeInformation.FrameworkDescription, FrameworkVersionProbe.ReadRelease());
                if (problem is not null)
                {
                    throw new PlatformNotSupportedException(problem);
                }
            }

            Install(DependencyDirectory, desktop);
        }

        /// <summary>
        /// True when the runtime whose core library is <paramref name="coreLibrary"/> has no AssemblyLoadContext: the
        /// .NET Framework profile (Windows PowerShell 5.1's .NET Framework, and Mono, on which the tests run the 5.1
        /// path), where AssemblyResolve is the only way to isolate. Told by the capability, not by the runtime's name;
        /// the engine's DesktopRuntime asks the same question, so its Desktop paths run where this resolver does.
        /// </summary>
        internal static bool HasSingleLoadContext(Assembly coreLibrary) =>
            coreLibrary.GetType("System.Runtime.Loader.AssemblyLoadContext", throwOnError: false) is null;

        /// <summary>Installs the resolver for <paramref name="dependencyDirectory"/>: AssemblyResolve when <paramref name="desktop"/>.</summary>
        internal static void Install(string dependencyDirectory, bool desktop)
        {
            lock (Gate)
            {
                // Importing twice reuses the loaded assembly: install once (until Remove-Module on 5.1).
                if (_installed)
                {
                    return;
                }

                // A build output without the staged layout (the test host, a debugger) loads everything side by side.
                if (!Directory.Exists(dependencyDirectory))
                {
                    return;
                }

                if (desktop)
                {
                    var moduleDirectory = Path.GetDirectoryName(Path.GetFullPath(dependencyDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)) ?? ModuleDirectory;
                    _handler = (sender, args) => Resolve(args, moduleDirectory, dependencyDirectory);
                    AppDomain.CurrentDomain.AssemblyResolve += _handler;
                    Mode = "AssemblyResolve";
                }
                else
                {
                    // A separate method so that .NET Framework never JIT-compiles code touching AssemblyLoadContext.
                    InstallLoadContext(dependencyDirectory);
                    Mode = "AssemblyLoadContext";
                }

                _installed = true;
            }
        }

        /// <summary>
        /// Remove-Module: on 5.1 the AssemblyResolve handler stops answering for the session (an import installs it
        /// again). The AssemblyLoadContext of PowerShell 7 stays: the engine is loaded in it and a re-import uses it.
        /// </summary>
        internal static void Uninstall()
        {
            lock (Gate)
            {
                if (_handler is null)
                {
                    return;
                }

                AppDomain.CurrentDomain.AssemblyResolve -= _handler;
                _handler = null;
                _installed = false;
                Mode = "none";
            }
        }

        // Never inlined: the JIT compiling Install must not need System.Runtime.Loader, which .NET Framework lacks.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void InstallLoadContext(string dependencyDirectory) => ModuleLoadContext.Install(dependencyDirectory, ContractAssemblyPathFor(dependencyDirectory));

        /// <summary>The AssemblyResolve handler's body: loads what <see cref="DependencyResolvePolicy"/> chooses. Never throws.</summary>
        internal static Assembly? Resolve(ResolveEventArgs args, string moduleDirectory, string dependencyDirectory)
        {
            try
            {
                string? requesting = null;
                try
                {
                    requesting = args.RequestingAssembly?.Location;
                }
                catch (Exception)
                {
                    // A dynamic assembly has no location: treated as unknown.
                }

                var path = DependencyResolvePolicy.Choose(args.Name, string.IsNullOrEmpty(requesting) ? null : requesting, moduleDirectory, dependencyDirectory, File.Exists, StagedVersion);
                return path is null ? null : Assembly.LoadFrom(path);
            }
            catch (Exception)
            {
                // An exception here would surface in whatever unrelated load asked; declining lets it fail as it would without us.
                return null;
            }
        }

        private static Version? StagedVersion(string path) =>
            StagedVersions.GetOrAdd(path, p =>
            {
                try
                {
                    return AssemblyName.GetAssemblyName(p).Version;
                }
                catch (Exception)
                {
                    return null;
                }
            });
    }
}
