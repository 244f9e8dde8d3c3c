using System.Text.RegularExpressions;

namespace ImportExport.Tests.Module;

/// <summary>
/// The module's words for failures live in one place: every ErrorRecord is built by ErrorCatalogue.Record
/// (src/ImportExport/PowerShell/ErrorCatalogue.cs), so an error id, a category and the advice a user reads are found
/// and changed there, not in whichever cmdlet first needed them.
/// </summary>
public sealed class WordingLayerTests
{
    private static readonly string Catalogue = RepoPaths.Combine("src", "ImportExport", "PowerShell", "ErrorCatalogue.cs");

    [Fact]
    public void Every_ErrorRecord_of_the_module_is_built_by_the_error_catalogue()
    {
        var construction = new Regex(@"new\s+(System\.Management\.Automation\.)?ErrorRecord\s*\(");
        Assert.Matches(construction, File.ReadAllText(Catalogue));

        var elsewhere = Directory.GetFiles(RepoPaths.Combine("src"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(file) && !string.Equals(Path.GetFullPath(file), Path.GetFullPath(Catalogue), StringComparison.Ordinal))
            .Where(file => construction.IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(RepoPaths.Root, file))
            .ToList();

        Assert.True(elsewhere.Count == 0, "new ErrorRecord( outside ErrorCatalogue.Record (use ErrorCatalogue.Record): " + string.Join(", ", elsewhere));
    }

    private static bool IsBuildOutput(string file) =>
        file.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part is "bin" or "obj");
}
