using System.Reflection;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Whether this process runs on a .NET Framework-profile runtime: Windows PowerShell 5.1's .NET Framework 4.x, or
    /// Mono, which implements the same class library (the test suite's Windows PowerShell 5.1 lane runs on it). A
    /// handful of decisions differ there (connection limit, TLS protocols, proxy variables, the AWSSDK.Core identity
    /// check); each takes the answer as an input so that tests running on .NET can ask it for the Desktop case.
    /// </summary>
    /// <remarks>
    /// Told by what the runtime can do, not by its name: .NET Core and .NET 5+ (PowerShell 7) have
    /// AssemblyLoadContext in their core library; the .NET Framework profile has a single load context per
    /// AppDomain and no such type. RuntimeInformation.FrameworkDescription would have to list every name of that
    /// profile (".NET Framework …", "Mono …"). The module loader tells its isolation mode the same way
    /// (ImportExport.Loader's DependencyIsolation), so the engine takes its Desktop paths exactly where the loader
    /// resolved it through AssemblyResolve.
    /// </remarks>
    internal static class DesktopRuntime
    {
        /// <summary>True for this process when it runs on a .NET Framework-profile runtime.</summary>
        public static bool Current { get; } = IsFrameworkProfile(typeof(object).Assembly);

        /// <summary>True when <paramref name="coreLibrary"/> (the assembly of System.Object) has no AssemblyLoadContext.</summary>
        public static bool IsFrameworkProfile(Assembly coreLibrary) =>
            coreLibrary.GetType("System.Runtime.Loader.AssemblyLoadContext", throwOnError: false) is null;
    }
}
