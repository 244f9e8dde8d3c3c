using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using ImportExport.Runtime;

namespace ImportExport.FrameworkLane
{
    /// <summary>
    /// Imports the staged module the way Windows PowerShell 5.1 does, before any test is even discovered
    /// (LaneTestFramework): the manifest's
    /// RequiredAssemblies (ImportExport.Contracts) are loaded from the module folder, then the nested module's
    /// initializer runs the loader's own DependencyIsolation.Install(), which on a runtime without AssemblyLoadContext
    /// registers the AssemblyResolve handler for dependencies/. The lane's output holds no copy of the engine, AWSSDK.Core
    /// or anything else staged, so every one of them is found by that handler, as in a Windows PowerShell session.
    /// </summary>
    internal static class LaneModule
    {
        /// <summary>The lane's build output (bin/&lt;Configuration&gt;/net472).</summary>
        public static string OutputDirectory { get; } = Path.GetDirectoryName(typeof(LaneModule).Assembly.Location)!;

        /// <summary>out/ImportExport (IE_STAGED_MODULE, else found above the lane's folder).</summary>
        public static string StagedModule { get; } = Locate();

        public static string Dependencies => Path.Combine(StagedModule, "dependencies");

        /// <summary>The loader's isolation mode after the import ("AssemblyResolve" on Windows PowerShell 5.1).</summary>
        public static string? LoaderMode { get; private set; }

        public static Assembly? Loader { get; private set; }

        /// <summary>What Import-Module does on Windows PowerShell 5.1, in its order. Once per process.</summary>
        public static void Import()
        {
            if (Loader is not null)
            {
                return;
            }

            Assembly.LoadFrom(Path.Combine(StagedModule, "ImportExport.Contracts.dll"));
            Loader = Assembly.LoadFrom(Path.Combine(StagedModule, "ImportExport.Loader.dll"));
            var isolation = Loader.GetType("ImportExport.Loader.DependencyIsolation", throwOnError: true)!;
            isolation.GetMethod("Install", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, null, Type.EmptyTypes, null)!.Invoke(null, null);
            LoaderMode = (string?)isolation.GetProperty("Mode", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null);
            UseTheWebRequestStack();
        }

        // Separate and never inlined: compiling it needs the engine, which only the handler just installed can find.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void UseTheWebRequestStack() => ServiceClients.AddConfigurator(new WebRequestStack().Apply);

        private static string Locate()
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("IE_STAGED_MODULE");
            if (!string.IsNullOrEmpty(fromEnvironment))
            {
                return Path.GetFullPath(fromEnvironment);
            }

            for (var directory = new DirectoryInfo(OutputDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "out", "ImportExport");
                if (File.Exists(Path.Combine(candidate, "ImportExport.psd1")))
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException("No staged module (out/ImportExport) above " + OutputDirectory + ": run ./build.ps1 Build first.");
        }
    }
}
