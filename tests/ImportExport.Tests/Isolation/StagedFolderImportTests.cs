using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Isolation;

/// <summary>The issue's own words: `Import-Module ./out/ImportExport` (the folder) loads the module and its help.</summary>
public sealed class StagedFolderImportTests
{
    [Fact]
    public void Importing_the_staged_folder_loads_the_module_with_its_help()
    {
        using var ps = PowerShellHost.Create(importModule: false);
        ps.SetVariable("root", RepoPaths.Root);

        var result = ps.Run("$null = $ExecutionContext.SessionState.Path.SetLocation($root); Import-Module ./out/ImportExport; (Get-Module ImportExport).Version.ToString(); (Get-Help New-IEJob -Examples).examples.example.Count");

        result.AssertClean();
        Assert.Matches(@"^\d+\.\d+\.\d+$", result.Output[0].ToString());
        Assert.True((int)result.Output[1].BaseObject >= 2);
    }
}
