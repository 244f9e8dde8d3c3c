using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Isolation;

/// <summary>
/// The module loads beside another AWSSDK.Core (AWS.Tools brings 3.7; we use 4.0), in both orders, and
/// survives being imported twice or removed and imported again. Each case runs in its own process
/// (tests/ImportExport.IsolationHost), because a load context is per process and this test process already
/// has our AWSSDK.Core in its default context.
/// </summary>
public sealed class DependencyIsolationTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private static string HostAssembly
    {
        get
        {
            // Built by the test project's reference, in the same configuration as the tests.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var path = RepoPaths.Combine("tests", "ImportExport.IsolationHost", "bin", configuration, "net10.0", "ImportExport.IsolationHost.dll");
            Assert.True(File.Exists(path), $"The isolation host was not built: {path}");
            return path;
        }
    }

    private async Task<JsonElement> RunHost(string order, string? manifest = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(HostAssembly);
        start.ArgumentList.Add(order);
        start.ArgumentList.Add(manifest ?? Path.Combine(RepoPaths.StagedModuleDirectory, "ImportExport.psd1"));
        start.ArgumentList.Add(emulator.Endpoint.ToString());
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{output}\n{await stderr}");
        return JsonDocument.Parse(output).RootElement;
    }

    private static List<string> Lines(JsonElement report, string name) =>
        report.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();

    // AWSSDK.SecurityToken (loaded by Core by name for the assume-role profile) resolved beside our Core, never in Default.
    private static void AssertAssumeRoleWorkedInTheModuleContext(JsonElement report)
    {
        Assert.Single(Lines(report, "assumeRole"));
        var contexts = Lines(report, "securityToken");
        Assert.NotEmpty(contexts);
        Assert.All(contexts, c => Assert.False(c.EndsWith("in Default", StringComparison.Ordinal), c));
    }

    private static void AssertEveryCmdletWorked(List<string> calls)
    {
        Assert.Contains(calls, c => c.StartsWith("New-IEJob ", StringComparison.Ordinal) && c.Length > "New-IEJob ".Length);
        Assert.Contains("Update-IEJob True", calls);
        Assert.Contains("Get-IEJobStatus Pending", calls);
        Assert.Contains("Get-IEShippingLabel True", calls);
        Assert.Contains("Stop-IEJob True", calls);
        Assert.Contains("Start-MGNImport PENDING", calls);
        // The output types resolve by name and the cmdlets' output is of those types.
        Assert.Contains("TypeNames True", calls);
        Assert.Contains("OutputTypes True", calls);
    }

    // One copy of the output types, in PowerShell's default context, whichever AWSSDK.Core came first.
    private static void AssertOneContractAssemblyInDefault(JsonElement report) =>
        Assert.Equal(["Default"], Lines(report, "contracts"));

    [Fact]
    public async Task The_module_works_when_another_AWSSDK_Core_was_loaded_first()
    {
        var report = await RunHost("sdk-first");

        AssertEveryCmdletWorked(Lines(report, "calls"));
        AssertAssumeRoleWorkedInTheModuleContext(report);
        AssertOneContractAssemblyInDefault(report);
        var versions = Lines(report, "awsSdkCore");
        Assert.Contains(versions, v => v.StartsWith("3.", StringComparison.Ordinal) && v.EndsWith("in Default", StringComparison.Ordinal));
        Assert.Contains(versions, v => v.StartsWith("4.", StringComparison.Ordinal) && !v.EndsWith("in Default", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_AWSSDK_Core_loaded_after_the_module_keeps_working_and_so_does_the_module()
    {
        var report = await RunHost("module-first");

        AssertEveryCmdletWorked(Lines(report, "callsBeforeOtherSdk"));
        Assert.True(report.GetProperty("otherSdkStillWorks").GetBoolean());
        AssertEveryCmdletWorked(Lines(report, "callsAfterOtherSdk"));
        AssertAssumeRoleWorkedInTheModuleContext(report);
        AssertOneContractAssemblyInDefault(report);
        Assert.Contains(Lines(report, "awsSdkCore"), v => v.StartsWith("3.", StringComparison.Ordinal) && v.EndsWith("in Default", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Removing_and_importing_the_module_again_works()
    {
        var report = await RunHost("reimport");

        AssertEveryCmdletWorked(Lines(report, "firstImport"));
        AssertEveryCmdletWorked(Lines(report, "secondImport"));
        AssertAssumeRoleWorkedInTheModuleContext(report);
        AssertOneContractAssemblyInDefault(report);
    }

    [Fact]
    public async Task Copies_for_this_platform_in_dependencies_rid_are_preferred_and_work_beside_another_AWSSDK_Core()
    {
        // A package built with ModuleReadyToRun has dependencies/<rid>/ (linux-x64, win-x64, osx-arm64 ...).
        using var copy = StagedModuleCopy.WithPlatformFolder(RuntimeInformation.RuntimeIdentifier, "AWSSDK.Core.dll", "ImportExport.Engine.dll");

        var report = await RunHost("sdk-first", copy.Manifest);

        AssertEveryCmdletWorked(Lines(report, "calls"));
        var files = Lines(report, "moduleAssemblyFiles");
        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.Equal(copy.PlatformFolder, Path.GetDirectoryName(f)));
    }

    [Fact]
    public void Importing_twice_in_one_session_works()
    {
        using var ps = PowerShellHost.Create();
        ps.SetVariable("psd1", PowerShellHost.StagedModuleManifest);

        var result = ps.Run("Import-Module $psd1 -Force; Import-Module $psd1; Remove-Module ImportExport; Import-Module $psd1; (Get-Command -Module ImportExport).Count");

        result.AssertClean();
        Assert.True((int)result.Output.Last().BaseObject >= 7);
    }

    [Fact]
    public void The_module_assembly_references_no_dependency_directly()
    {
        // Everything that uses AWSSDK.Core or YamlDotNet is in ImportExport.Engine, which PowerShell 7 loads into
        // the module's own context; a direct reference would pull them into the session's default context.
        var module = Assembly.LoadFile(Path.Combine(RepoPaths.StagedModuleDirectory, "ImportExport.dll"));
        var references = module.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("ImportExport.Engine", references);
        Assert.DoesNotContain("AWSSDK.Core", references);
        Assert.DoesNotContain("YamlDotNet", references);
    }

    [Fact]
    public void The_contract_assembly_references_nothing_but_the_framework()
    {
        // It loads into the session's default context: whatever it referenced would load there too, beside
        // (or instead of) another module's copy. So: netstandard, nothing else — not the engine, not AWSSDK.Core.
        var contracts = Assembly.LoadFile(Path.Combine(RepoPaths.StagedModuleDirectory, "ImportExport.Contracts.dll"));

        Assert.Equal(["netstandard"], contracts.GetReferencedAssemblies().Select(a => a.Name));
    }

    [Fact]
    public void Every_output_type_is_in_the_contract_assembly()
    {
        // What a cmdlet declares it writes must be nameable in PowerShell: in ImportExport.Contracts, not the engine.
        Assert.NotEmpty(Module.ModuleFacts.DeclaredOutputTypes);
        Assert.All(Module.ModuleFacts.DeclaredOutputTypes, t => Assert.Same(Module.ModuleFacts.ContractAssembly, t.Assembly));
    }

    [Fact]
    public void The_module_and_the_engine_share_the_contract_assembly()
    {
        var root = RepoPaths.StagedModuleDirectory;
        foreach (var path in new[] { Path.Combine(root, "ImportExport.dll"), Path.Combine(root, "dependencies", "ImportExport.Engine.dll") })
        {
            Assert.Contains("ImportExport.Contracts", Assembly.LoadFile(path).GetReferencedAssemblies().Select(a => a.Name));
        }
    }

    [Fact]
    public void Dependencies_are_staged_apart_from_the_module_assembly()
    {
        var root = RepoPaths.StagedModuleDirectory;

        Assert.True(File.Exists(Path.Combine(root, "ImportExport.dll")));
        Assert.True(File.Exists(Path.Combine(root, "ImportExport.Loader.dll")));
        // The output types sit beside ImportExport.dll, in PowerShell's default context, never behind the isolation boundary.
        Assert.True(File.Exists(Path.Combine(root, "ImportExport.Contracts.dll")));
        Assert.False(File.Exists(Path.Combine(root, "dependencies", "ImportExport.Contracts.dll")));
        Assert.True(File.Exists(Path.Combine(root, "dependencies", "ImportExport.Engine.dll")));
        Assert.True(File.Exists(Path.Combine(root, "dependencies", "AWSSDK.Core.dll")));
        Assert.False(File.Exists(Path.Combine(root, "AWSSDK.Core.dll")));
    }
}
