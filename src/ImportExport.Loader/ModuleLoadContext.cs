using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace ImportExport.Loader
{
    /// <summary>
    /// The module's own load context on PowerShell 7. The module assembly stays in the default context (PowerShell
    /// loads it there); when it first needs ImportExport.Engine, the default context cannot find it (it is in
    /// <c>dependencies/</c>) and asks us: we load the engine here, and everything the engine references resolves
    /// here too — AWSSDK.Core and YamlDotNet from our folder, whatever other versions the session holds.
    /// Assemblies the shared framework provides (System.*) and PowerShell's own come from the default context,
    /// so the types we exchange with PowerShell are the same types; so does ImportExport.Contracts, the output types
    /// the engine returns and PowerShell names (<c>[ImportExport.IE.JobSummary]</c>): one assembly, one type identity.
    /// A package built with ReadyToRun copies (Module.targets, <c>ModuleReadyToRun</c>) has them in
    /// <c>dependencies/&lt;platform&gt;/</c> (linux-x64, win-x64, osx-arm64 ...): the same IL with native code
    /// precompiled, so the first command does not JIT-compile AWSSDK.Core and the engine. One found there wins;
    /// the IL copy beside it is the fallback for every other platform (and the only copy Windows PowerShell loads).
    /// </summary>
    internal sealed class ModuleLoadContext : AssemblyLoadContext
    {
        private static ModuleLoadContext? _instance;

        private static string? _contractAssemblyPath;

        private readonly string _directory;
        private readonly string _precompiledDirectory;
        private readonly string _frameworkDirectory;

        private ModuleLoadContext(string directory)
            : base()
        {
            _directory = directory;
            _precompiledDirectory = Path.Combine(directory, PlatformName());
            _frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? string.Empty;
        }

        public static void Install(string directory, string contractAssemblyPath)
        {
            _instance = new ModuleLoadContext(directory);
            _contractAssemblyPath = contractAssemblyPath;
            Default.Resolving += ResolveForDefault;
        }

        // The default context asks for what it cannot find: the engine and the inventory rules (which it loads into our context) and, should
        // the manifest not have loaded it yet, the contract assembly (which it loads itself, from the module's folder).
        private static Assembly? ResolveForDefault(AssemblyLoadContext context, AssemblyName name)
        {
            if (_instance is null)
            {
                return null;
            }

            if (DependencyIsolation.IsModuleAssembly(name.Name))
            {
                return _instance.LoadFromAssemblyName(name);
            }

            return string.Equals(name.Name, DependencyIsolation.ContractAssemblyName, StringComparison.Ordinal) && File.Exists(_contractAssemblyPath)
                ? context.LoadFromAssemblyPath(_contractAssemblyPath!)
                : null;
        }

        protected override Assembly? Load(AssemblyName name)
        {
            // The contract assembly is delegated to the default context, as PowerShell's are, even if a copy sits in
            // dependencies/: a second copy here would make JobSummary two types that look alike and never compare.
            if (string.Equals(name.Name, DependencyIsolation.ContractAssemblyName, StringComparison.Ordinal))
            {
                return Default.LoadFromAssemblyName(name);
            }

            if (name.Name is null || IsShared(name.Name))
            {
                return null;
            }

            var file = name.Name + ".dll";
            var precompiled = Path.Combine(_precompiledDirectory, file);
            if (File.Exists(precompiled))
            {
                return LoadFromAssemblyPath(precompiled);
            }

            var path = Path.Combine(_directory, file);
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }

        // The runtime identifier the ReadyToRun copies are compiled for: os-arch, as in `dotnet publish -r`.
        private static string PlatformName()
        {
            var os = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win"
                : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "osx"
                : RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? "linux"
                : "unknown";
            return os + "-" + RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        }

        // The shared framework's copy is newer than the netstandard2.0 packages we stage for Windows PowerShell,
        // and PowerShell's assemblies must be the ones the session uses.
        private bool IsShared(string name) =>
            name.StartsWith("System.Management.Automation", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.PowerShell.", StringComparison.Ordinal)
            || File.Exists(Path.Combine(_frameworkDirectory, name + ".dll"));
    }
}
