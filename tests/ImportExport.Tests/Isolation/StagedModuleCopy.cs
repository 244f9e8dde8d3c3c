using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Isolation;

/// <summary>A temporary copy of the staged module with some dependencies copied into dependencies/&lt;rid&gt;/ as well.</summary>
internal sealed class StagedModuleCopy : IDisposable
{
    private readonly string _root;

    private StagedModuleCopy(string root, string platformFolder)
    {
        _root = root;
        PlatformFolder = platformFolder;
    }

    public string Manifest => Path.Combine(_root, "ImportExport", "ImportExport.psd1");

    public string PlatformFolder { get; }

    public static StagedModuleCopy WithPlatformFolder(string rid, params string[] files)
    {
        var root = Path.Combine(Path.GetTempPath(), "ie-platform-" + Guid.NewGuid().ToString("N"));
        var module = Path.Combine(root, "ImportExport");
        foreach (var file in Directory.GetFiles(RepoPaths.StagedModuleDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(module, Path.GetRelativePath(RepoPaths.StagedModuleDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var platform = Path.Combine(module, "dependencies", rid);
        Directory.CreateDirectory(platform);
        foreach (var file in files)
        {
            File.Copy(Path.Combine(module, "dependencies", file), Path.Combine(platform, file), overwrite: true);
        }

        return new StagedModuleCopy(root, platform);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
