using System.Management.Automation;
using System.Reflection;

namespace ImportExport.Tests.Module;

/// <summary>
/// Tests follow the code: every cmdlet of the module has its own folder, Cmdlets/&lt;Verb&gt;&lt;Noun&gt;/ (Get-IEJob's is
/// Cmdlets/GetIEJob/), with at least one test file, so a reader finds one cmdlet's specification in one place.
/// </summary>
public sealed class CmdletTestFolderTests
{
    [Fact]
    public void Every_cmdlet_of_the_module_has_a_test_folder_of_its_own()
    {
        var cmdlets = typeof(ImportExport.Cmdlets.GetIEJobCommand).Assembly.GetExportedTypes()
            .Select(t => t.GetCustomAttribute<CmdletAttribute>())
            .OfType<CmdletAttribute>()
            .Select(a => a.VerbName + "-" + a.NounName)
            .ToList();
        Assert.Contains("Get-IEJob", cmdlets);

        var missing = cmdlets
            .Where(name => !Directory.Exists(FolderOf(name)) || Directory.GetFiles(FolderOf(name), "*Tests.cs").Length == 0)
            .ToList();

        Assert.True(missing.Count == 0, "No tests/ImportExport.Tests/Cmdlets/<Verb><Noun>/ folder with a *Tests.cs file for: " + string.Join(", ", missing));
    }

    private static string FolderOf(string cmdlet) =>
        RepoPaths.Combine("tests", "ImportExport.Tests", "Cmdlets", cmdlet.Replace("-", string.Empty, StringComparison.Ordinal));
}
