using System.Reflection;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Isolation;

public sealed class VersionTests
{
    [Fact]
    public void Every_assembly_of_the_module_carries_the_manifest_version()
    {
        var manifestVersion = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(RepoPaths.Combine("ImportExport.psd1")), @"ModuleVersion\s*=\s*'([0-9.]+)'").Groups[1].Value;
        var root = RepoPaths.StagedModuleDirectory;

        foreach (var path in new[] { Path.Combine(root, "ImportExport.dll"), Path.Combine(root, "ImportExport.Loader.dll"), Path.Combine(root, "dependencies", "ImportExport.Engine.dll") })
        {
            Assert.Equal(manifestVersion, AssemblyName.GetAssemblyName(path).Version!.ToString(3));
        }

        // The engine's version is what the User-Agent reports.
        Assert.Equal(manifestVersion, ImportExport.Runtime.ModuleInfo.Version);
    }
}
