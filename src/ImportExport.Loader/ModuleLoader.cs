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
        /// <summary>The assembly that holds everything using the dependencies; the only name resolved for the default context.</summary>
        internal const string EngineAssemblyName = "ImportExport.Engine";

        /// <summary>The inventory file rules (no dependencies of its own), which the cmdlets use as directly as the engine.</summary>
        internal const string InventoryAssemblyName = "ImportExport.Inventory";

        /// <summary>Whether the default context may ask the module's context for this assembly.</summary>
        internal static bool IsModuleAssembly(string? name) =>
            string.Equals(name, EngineAssemblyName, StringComparison.Ordinal) || string.Equals(name, InventoryAssemblyName, StringComparison.Ordinal);

        private static int _installed;

        internal static string DependencyDirectory { get; } =
            Path.Combine(Path.GetDirectoryName(typeof(DependencyIsolation).Assembly.Location) ?? ".", "dependencies");

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

        private static void InstallLoadContext() => ModuleLoadContext.Install(DependencyDirectory);

        private static Assembly? ResolveFromDependencyDirectory(object? sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name).Name;
            var path = Path.Combine(DependencyDirectory, name + ".dll");
            return File.Exists(path) ? Assembly.LoadFrom(path) : null;
        }
    }
}
