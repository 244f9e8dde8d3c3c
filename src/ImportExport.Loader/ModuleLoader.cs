using System.Management.Automation;

namespace ImportExport.Loader
{
    /// <summary>
    /// Runs when the module is imported: makes the module's dependencies (ImportExport.Engine, AWSSDK.Core,
    /// YamlDotNet …, staged in the <c>dependencies/</c> folder) loadable without clashing with other modules.
    /// On PowerShell 7 they load into the module's own AssemblyLoadContext, so another AWSSDK.Core already in
    /// the session (AWS.Tools) and ours never meet; on Windows PowerShell 5.1, which has a single load context,
    /// an AssemblyResolve handler finds them in the folder, and Remove-Module unregisters it.
    /// </summary>
    public sealed class ModuleLoader : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        public void OnImport() => DependencyIsolation.Install();

        public void OnRemove(PSModuleInfo psModuleInfo) => DependencyIsolation.Uninstall();
    }
}
