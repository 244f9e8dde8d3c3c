using System.Management.Automation;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Module;

/// <summary>The module manifest and the staged module (out/ImportExport) agree with what was compiled.</summary>
public sealed class ManifestTests
{
    [Fact]
    public void ManifestParsesAndPassesTestModuleManifest()
    {
        using var ps = PowerShellHost.Create(importModule: false);
        var r = ps.Run("Test-ModuleManifest -Path $args[0]", ModuleFacts.StagedManifest);
        r.AssertClean();
        var info = Assert.IsType<PSModuleInfo>(r.Output.Single().BaseObject);
        Assert.Equal("ImportExport", info.Name);
    }

    [Fact]
    public void StagedManifestIsTheSourceManifest()
    {
        Assert.Equal(File.ReadAllText(ModuleFacts.SourceManifest), File.ReadAllText(ModuleFacts.StagedManifest));
    }

    [Fact]
    public void CmdletsToExportListsExactlyTheCompiledCmdlets()
    {
        var manifest = ModuleFacts.ReadManifest(ModuleFacts.SourceManifest);
        var exported = ModuleFacts.Strings(manifest["CmdletsToExport"]).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var compiled = ModuleFacts.CompiledCmdlets.Keys.OrderBy(n => n, StringComparer.Ordinal).ToList();

        Assert.DoesNotContain(exported, n => n.Contains('*'));
        Assert.Equal(compiled, exported);
    }

    [Fact]
    public void ManifestExportsNoFunctionsAliasesOrVariables()
    {
        var manifest = ModuleFacts.ReadManifest(ModuleFacts.SourceManifest);
        foreach (var key in new[] { "FunctionsToExport", "AliasesToExport", "VariablesToExport" })
        {
            Assert.True(manifest.ContainsKey(key), $"{key} must be present (an explicit empty list), or PowerShell exports everything.");
            Assert.Empty(ModuleFacts.Strings(manifest[key]));
        }
    }

    [Fact]
    public void ManifestDeclaresBothEditionsAndWindowsPowerShell51()
    {
        var manifest = ModuleFacts.ReadManifest(ModuleFacts.SourceManifest);
        Assert.Equal(["Core", "Desktop"], ModuleFacts.Strings(manifest["CompatiblePSEditions"]).OrderBy(e => e, StringComparer.Ordinal));
        Assert.Equal("5.1", manifest["PowerShellVersion"]);
        Assert.Equal("ImportExport.dll", manifest["RootModule"]);
        Assert.True(Guid.TryParse(manifest["GUID"]?.ToString(), out _));

        var psData = (System.Collections.Hashtable)((System.Collections.Hashtable)manifest["PrivateData"]!)["PSData"]!;
        Assert.NotEmpty(ModuleFacts.Strings(psData["Tags"]));
        // No links to nowhere: the project has no public home yet, so the manifest names no ProjectUri; the only link
        // is the license's own text (the same Apache 2.0 license ships in the module folder, see ModuleShipsItsLicense).
        Assert.False(psData.ContainsKey("ProjectUri"), "ProjectUri must not point at a repository that does not exist.");
        Assert.Equal("https://www.apache.org/licenses/LICENSE-2.0", psData["LicenseUri"]?.ToString());
        Assert.False(manifest.ContainsKey("HelpInfoURI"));
    }

    [Fact]
    public void ModuleShipsItsLicense()
    {
        var staged = Path.Combine(ModuleFacts.StagedDirectory, "LICENSE");
        Assert.True(File.Exists(staged), $"{staged} is not staged.");
        Assert.Contains("Apache License", File.ReadAllText(staged));
        Assert.Contains("Version 2.0, January 2004", File.ReadAllText(staged));
    }

    [Fact]
    public void ModuleVersionIsStampedIntoTheAssembly()
    {
        var manifest = ModuleFacts.ReadManifest(ModuleFacts.SourceManifest);
        var version = Version.Parse((string)manifest["ModuleVersion"]!);

        var staged = AssemblyName.GetAssemblyName(Path.Combine(ModuleFacts.StagedDirectory, "ImportExport.dll"));
        Assert.Equal(version, Normalize(staged.Version!));
        Assert.Equal(version, Normalize(ModuleFacts.ModuleAssembly.GetName().Version!));

        static Version Normalize(Version v) => new(v.Major, v.Minor, Math.Max(v.Build, 0));
    }

    [Fact]
    public void FormatsAndTypesFilesAreStaged()
    {
        var manifest = ModuleFacts.ReadManifest(ModuleFacts.SourceManifest);
        var files = ModuleFacts.Strings(manifest["FormatsToProcess"]).Concat(ModuleFacts.Strings(manifest["TypesToProcess"])).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.True(File.Exists(Path.Combine(ModuleFacts.StagedDirectory, file)), $"{file} is listed in the manifest but not staged.");
        }
    }

    [Fact]
    public void HelpAndDependenciesAreStagedAndPowerShellIsNot()
    {
        var dir = ModuleFacts.StagedDirectory;
        Assert.True(File.Exists(Path.Combine(dir, "en-US", "ImportExport.dll-Help.xml")));
        Assert.True(File.Exists(Path.Combine(dir, "en-US", "about_ImportExport.help.txt")));

        // Wherever the build puts them (dependencies/ for isolation), the runtime dependencies are staged once.
        foreach (var dependency in new[] { "AWSSDK.Core.dll", "YamlDotNet.dll", "Microsoft.Bcl.AsyncInterfaces.dll" })
        {
            Assert.Single(Directory.GetFiles(dir, dependency, SearchOption.AllDirectories));
        }

        Assert.Empty(Directory.GetFiles(dir, "System.Management.Automation*.dll", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(dir, "Microsoft.PowerShell*.dll", SearchOption.AllDirectories));
    }

    /// <summary>
    /// Windows PowerShell 5.1 (.NET Framework) resolves a netstandard2.0 module's references only from the module
    /// folder: every assembly a staged assembly references must be staged too, unless the platform provides it.
    /// </summary>
    [Fact]
    public void EveryReferencedAssemblyIsStagedOrPartOfThePlatform()
    {
        string[] platform = ["netstandard", "mscorlib", "System.Management.Automation"];

        // ImportExport.Loader uses System.Runtime.Loader only on PowerShell 7, where the framework has it; on .NET
        // Framework that code is never compiled (see ModuleLoader).
        (string From, string To)[] allowed = [("ImportExport.Loader", "System.Runtime.Loader")];
        var staged = Directory.GetFiles(ModuleFacts.StagedDirectory, "*.dll", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), StringComparer.OrdinalIgnoreCase);

        var missing = new List<string>();
        foreach (var (name, path) in staged)
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            foreach (var handle in reader.AssemblyReferences)
            {
                var reference = reader.GetString(reader.GetAssemblyReference(handle).Name);
                if (!staged.ContainsKey(reference) && !platform.Contains(reference, StringComparer.OrdinalIgnoreCase) && !allowed.Contains((name, reference)))
                {
                    missing.Add($"{name} -> {reference}");
                }
            }
        }

        Assert.True(missing.Count == 0, "Referenced but not staged: " + string.Join(", ", missing));
    }

    [Fact]
    public void ImportModuleExportsTheSevenCmdletsAndNothingElse()
    {
        using var ps = PowerShellHost.Create();
        var module = ps.Module!;
        Assert.Equal(ModuleFacts.CompiledCmdlets.Keys.OrderBy(n => n, StringComparer.Ordinal), module.ExportedCmdlets.Keys.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Empty(module.ExportedFunctions);
        Assert.Empty(module.ExportedAliases);
        Assert.Empty(module.ExportedVariables);
        Assert.Equal(Path.GetFullPath(ModuleFacts.StagedDirectory).TrimEnd(Path.DirectorySeparatorChar), module.ModuleBase.TrimEnd(Path.DirectorySeparatorChar));
    }

    /// <summary>
    /// The test process already has ImportExport.dll (the project reference); importing the staged copy must still
    /// work and give the same types, so objects from the runspace can be used as ImportExport types in tests.
    /// </summary>
    [Fact]
    public void StagedModuleLoadsNextToTheReferencedAssembly()
    {
        _ = typeof(ImportExport.IE.JobSummary).Assembly; // make sure the referenced copies are loaded first
        _ = ModuleFacts.ModuleAssembly;
        using var ps = PowerShellHost.Create();
        var r = ps.Run("[ImportExport.IE.JobSummary]::new()");
        r.AssertCompleted();
        Assert.IsType<ImportExport.IE.JobSummary>(r.Output.Single().BaseObject);
    }

    [Fact]
    public void ModuleImportsTwiceInOneProcess()
    {
        using var first = PowerShellHost.Create();
        using var second = PowerShellHost.Create();
        var r = second.Run("Import-Module $args[0] -Force -PassThru | ForEach-Object Name", PowerShellHost.StagedModuleManifest);
        r.AssertClean();
        Assert.Equal("ImportExport", r.Output.Single().BaseObject);
    }
}
