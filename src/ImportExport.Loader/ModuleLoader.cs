using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Threading;

namespace ImportExport.Loader
{
    /// <summary>
    /// Runs when the module is imported: makes the module's dependencies (ImportExport.Engine, AWSSDK.Core,
    /// YamlDotNet …, staged in the <c>dependencies/</c> folder) loadable without clashing with other modules.
    /// On PowerShell 7 they load into the module's own AssemblyLoadContext, so another AWSSDK.Core already in
    /// the session (AWS.Tools) and ours never meet; on Windows PowerShell 5.1, which has a single load context,
    /// an AssemblyResolve handler finds them in the folder.
    /// </summary>
    public sealed class ModuleLoader : IModuleAssemblyInitializer
    {
        public void OnImport() => DependencyIsolation.Install();
    }

    internal static class DependencyIsolation
    {
        /// <summary>The assembly that holds everything using the dependencies; loaded into the module's own context.</summary>
        internal const string EngineAssemblyName = "ImportExport.Engine";

        /// <summary>
        /// The output types (JobSummary, ImportTask, JobType ...). Beside ImportExport.dll, in PowerShell's default
        /// context (the manifest's RequiredAssemblies), so that PowerShell resolves them by name; the engine gets the
        /// same assembly, never a copy of its own, so what it returns is what <c>-is [ImportExport.IE.JobSummary]</c> names.
        /// </summary>
        internal const string ContractAssemblyName = "ImportExport.Contracts";

        private static int _installed;

        /// <summary>The staged module's folder: ImportExport.dll, this loader and the contract assembly.</summary>
        internal static string ModuleDirectory { get; } = Path.GetDirectoryName(typeof(DependencyIsolation).Assembly.Location) ?? ".";

        internal static string DependencyDirectory { get; } = Path.Combine(ModuleDirectory, "dependencies");

        /// <summary>Where the contract assembly is staged: the module's folder, not dependencies/.</summary>
        internal static string ContractAssemblyPath { get; } = Path.Combine(ModuleDirectory, ContractAssemblyName + ".dll");

        /// <summary>How the dependencies are isolated in this process, for diagnostics: "AssemblyLoadContext", "AssemblyResolve" or "none".</summary>
        internal static string Mode { get; private set; } = "none";

        public static void Install()
        {
            // Importing twice (or Remove-Module then Import-Module) reuses the loaded assembly: install once.
            if (Interlocked.Exchange(ref _installed, 1) == 1)
            {
                return;
            }

            // A build output without the staged layout (the test host, a debugger) loads everything side by side.
            if (!Directory.Exists(DependencyDirectory))
            {
                return;
            }

            if (RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal))
            {
                AppDomain.CurrentDomain.AssemblyResolve += ResolveFromDependencyDirectory;
                Mode = "AssemblyResolve";
            }
            else
            {
                // A separate method so that .NET Framework never JIT-compiles code touching AssemblyLoadContext.
                InstallLoadContext();
                Mode = "AssemblyLoadContext";
            }
        }

        private static void InstallLoadContext() => ModuleLoadContext.Install(DependencyDirectory, ContractAssemblyPath);

        // Windows PowerShell 5.1: one context, so one copy of everything by construction. The engine is loaded from
        // dependencies/, and the load-from context probes only its own folder: the contract assembly, beside
        // ImportExport.dll, is found here when the manifest has not loaded it already.
        private static Assembly? ResolveFromDependencyDirectory(object? sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name).Name;
            if (string.Equals(name, ContractAssemblyName, StringComparison.Ordinal))
            {
                return File.Exists(ContractAssemblyPath) ? Assembly.LoadFrom(ContractAssemblyPath) : null;
            }

            var path = Path.Combine(DependencyDirectory, name + ".dll");
            return File.Exists(path) ? Assembly.LoadFrom(path) : null;
        }
    }
}
