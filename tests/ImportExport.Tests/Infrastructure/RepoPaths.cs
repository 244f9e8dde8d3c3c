namespace ImportExport.Tests.Infrastructure;

/// <summary>Locates files of the repository from the test process, wherever the test binaries were built.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root: the first ancestor of the test binaries that holds ImportExport.psd1.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The module staged by the build (dotnet build stages it; build.ps1 does too).</summary>
    public static string StagedModuleDirectory => Path.Combine(Root, "out", "ImportExport");

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ImportExport.psd1")) || File.Exists(Path.Combine(dir.FullName, "ImportExport.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"Cannot find the repository root above {AppContext.BaseDirectory}.");
    }
}
