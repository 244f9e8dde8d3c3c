using System.Text.RegularExpressions;

namespace ImportExport.Tests.Infrastructure;

/// <summary>
/// The one sample import manifest of every suite, tests/samples/import-manifest.yaml (the peers and the Windows
/// PowerShell lane read the same file), and the one way to change a top-level field of it.
/// </summary>
public static class SampleManifests
{
    private static readonly Lazy<string> LazyImport = new(() =>
        File.ReadAllText(RepoPaths.Combine("tests", "samples", "import-manifest.yaml")).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n'));

    /// <summary>The sample import manifest, without a final line break (so appended lines keep their line numbers).</summary>
    public static string Import => LazyImport.Value;

    /// <summary><paramref name="manifest"/> with the value of its top-level <paramref name="field"/> line replaced.</summary>
    public static string WithField(string manifest, string field, string value)
    {
        var pattern = new Regex("^" + Regex.Escape(field) + ":.*$", RegexOptions.Multiline);
        Assert.Matches(pattern, manifest);
        return pattern.Replace(manifest, field + ": " + value.Replace("$", "$$", StringComparison.Ordinal), 1);
    }
}
