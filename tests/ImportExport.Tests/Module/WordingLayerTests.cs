using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace ImportExport.Tests.Module;

/// <summary>
/// The module's words for failures live in one place: every ErrorRecord is built by ErrorCatalogue.Record
/// (src/ImportExport/PowerShell/ErrorCatalogue.cs), called only by the catalogue's named factories (ErrorCatalogue.*.cs),
/// with the error ids written once (ErrorIds.cs); so an error id, a category and the advice a user reads are found
/// and changed there, not in whichever cmdlet first needed them; the engine carries codes and facts, no PowerShell words.
/// </summary>
public sealed class WordingLayerTests
{
    private static readonly string Catalogue = RepoPaths.Combine("src", "ImportExport", "PowerShell", "ErrorCatalogue.cs");
    private static readonly string Ids = RepoPaths.Combine("src", "ImportExport", "PowerShell", "ErrorIds.cs");

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

    [Fact]
    public void Only_the_catalogue_calls_ErrorCatalogue_Record_and_chooses_categories_and_details()
    {
        // A cmdlet or helper that calls Record, names an ErrorCategory, sets ErrorDetails or words a binding refusal
        // (the exceptions of validation and transformation attributes) is wording an error itself: it calls a named
        // factory of the catalogue instead (ErrorCatalogue.FileUnwritable(kind, path, ex), ErrorCatalogue.JobIdEmpty() ...).
        var wording = new Regex(@"ErrorCatalogue\s*\.\s*Record\s*\(|\bErrorCategory\s*\.|\bErrorDetails\b|new\s+(ValidationMetadataException|ArgumentTransformationMetadataException)\s*\(");
        Assert.Matches(wording, File.ReadAllText(Catalogue));

        var elsewhere = ModuleSources()
            .Where(file => !IsCatalogue(file))
            .SelectMany(file => File.ReadAllLines(file).Select((line, index) => (file, line, index)))
            .Where(hit => wording.IsMatch(hit.line) && !hit.line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Select(hit => $"{Path.GetRelativePath(RepoPaths.Root, hit.file)}:{hit.index + 1}: {hit.line.Trim()}")
            .ToList();

        Assert.True(elsewhere.Count == 0, "Errors worded outside ErrorCatalogue (add a factory to src/ImportExport/PowerShell/ErrorCatalogue.<Area>.cs):\n" + string.Join("\n", elsewhere));
    }

    [Fact]
    public void Error_ids_are_written_once_in_ErrorIds_and_never_as_literals_elsewhere()
    {
        var constants = Regex.Matches(File.ReadAllText(Ids), @"public const string (?<name>\w+) = ""(?<value>[^""]+)"";")
            .Select(m => (Name: m.Groups["name"].Value, Value: m.Groups["value"].Value))
            .ToList();
        Assert.Contains(constants, c => c.Name == "ListingInterrupted");
        var duplicates = constants.GroupBy(c => c.Value).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "Error ids defined twice in ErrorIds.cs: " + string.Join(", ", duplicates));

        // Whole ids only: the suffixes and prefixes that ids are made of ("NotFound", "Export") are ordinary words too.
        var ids = constants.Where(c => !c.Name.EndsWith("Suffix", StringComparison.Ordinal) && !c.Name.EndsWith("Prefix", StringComparison.Ordinal))
            .Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var literal = new Regex(@"""(?<text>[A-Za-z]+)[,""]");
        var elsewhere = ModuleSources()
            .Where(file => !string.Equals(Path.GetFullPath(file), Path.GetFullPath(Ids), StringComparison.Ordinal))
            .SelectMany(file => File.ReadAllLines(file).Select((line, index) => (file, line, index)))
            .Where(hit => literal.Matches(hit.line).Any(m => ids.Contains(m.Groups["text"].Value)) && !hit.line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Select(hit => $"{Path.GetRelativePath(RepoPaths.Root, hit.file)}:{hit.index + 1}: {hit.line.Trim()}")
            .ToList();

        Assert.True(elsewhere.Count == 0, "Error ids written as string literals (use the ErrorIds constant, in a catalogue factory):\n" + string.Join("\n", elsewhere));
    }

    // The cmdlet layer's sources: the cmdlets and their PowerShell helpers.
    private static IEnumerable<string> ModuleSources() =>
        Directory.GetFiles(RepoPaths.Combine("src", "ImportExport"), "*.cs", SearchOption.AllDirectories).Where(file => !IsBuildOutput(file));

    private static bool IsCatalogue(string file) =>
        string.Equals(Path.GetDirectoryName(Path.GetFullPath(file)), Path.GetDirectoryName(Path.GetFullPath(Catalogue)), StringComparison.Ordinal)
        && Regex.IsMatch(Path.GetFileName(file), @"^ErrorCatalogue(\.\w+)?\.cs$");

    private static bool IsBuildOutput(string file) =>
        file.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part is "bin" or "obj");
}
