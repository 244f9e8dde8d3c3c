using System.Reflection;

namespace ImportExport.Runtime
{
    /// <summary>Facts about this build, for user agents and diagnostics.</summary>
    public static class ModuleInfo
    {
        /// <summary>The module version (ImportExport.psd1 is its single source; the build stamps it into the assembly).</summary>
        public static readonly string Version =
            typeof(ModuleInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0]
            ?? typeof(ModuleInfo).Assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
    }
}
