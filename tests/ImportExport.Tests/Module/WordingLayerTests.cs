using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace ImportExport.Tests.Module;

/// <summary>
/// The module's words for failures live in one place: every ErrorRecord is built by ErrorCatalogue.Record
/// (src/ImportExport/PowerShell/ErrorCatalogue.cs), so an error id, a category and the advice a user reads are found
/// and changed there, not in whichever cmdlet first needed them; the engine carries codes and facts, no PowerShell words.
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

    [Fact]
    public void The_engine_speaks_in_reasons_and_leaves_PowerShell_words_to_the_cmdlet_layer()
    {
        // Every string literal compiled into the engine: advice that names a PowerShell, a session of it or its
        // parameters belongs in ErrorCatalogue, which knows which PowerShell the user runs.
        using var file = File.OpenRead(typeof(ImportExport.Runtime.FailureClassifier).Assembly.Location);
        using var pe = new PEReader(file);
        var metadata = pe.GetMetadataReader();
        var strings = new List<string>();
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = metadata.GetNextHandle(handle))
        {
            strings.Add(metadata.GetUserString(handle));
        }

        Assert.Contains(strings, s => s.Contains("could not be read", StringComparison.Ordinal));
        var powerShellWords = strings.Where(s => s.Contains("PowerShell", StringComparison.Ordinal)).ToList();
        Assert.True(powerShellWords.Count == 0, "The engine carries PowerShell words (move them to ErrorCatalogue): " + string.Join(" | ", powerShellWords));
    }

    private static bool IsBuildOutput(string file) =>
        file.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part is "bin" or "obj");
}
