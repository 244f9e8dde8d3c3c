using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace ImportExport.Loader
{
    /// <summary>
    /// The module's own load context on PowerShell 7. The module assembly stays in the default context (PowerShell
    /// loads it there); when it first needs ImportExport.Engine, the default context cannot find it (it is in
    /// <c>dependencies/</c>) and asks us: we load the engine here, and everything the engine references resolves
    /// here too — AWSSDK.Core and YamlDotNet from our folder, whatever other versions the session holds.
    /// Assemblies the shared framework provides (System.*) and PowerShell's own come from the default context,
    /// so the types we exchange with PowerShell are the same types.
    /// </summary>
    internal sealed class ModuleLoadContext : AssemblyLoadContext
    {
        private static ModuleLoadContext? _instance;

        private readonly string _directory;
        private readonly string _frameworkDirectory;

        private ModuleLoadContext(string directory)
            : base()
        {
            _directory = directory;
            _frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? string.Empty;
        }

        public static void Install(string directory)
        {
            _instance = new ModuleLoadContext(directory);
            Default.Resolving += ResolveEngine;
        }

        private static Assembly? ResolveEngine(AssemblyLoadContext context, AssemblyName name) =>
            _instance is not null && DependencyIsolation.IsModuleAssembly(name.Name)
                ? _instance.LoadFromAssemblyName(name)
                : null;

        protected override Assembly? Load(AssemblyName name)
        {
            if (name.Name is null || IsShared(name.Name))
            {
                return null;
            }

            var path = Path.Combine(_directory, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }

        // The shared framework's copy is newer than the netstandard2.0 packages we stage for Windows PowerShell,
        // and PowerShell's assemblies must be the ones the session uses.
        private bool IsShared(string name) =>
            name.StartsWith("System.Management.Automation", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.PowerShell.", StringComparison.Ordinal)
            || File.Exists(Path.Combine(_frameworkDirectory, name + ".dll"));
    }
}
