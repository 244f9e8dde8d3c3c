using ImportExport.Manifest;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.TestIEManifest;

/// <summary>What reaches Test-IEManifest through the pipeline: a file's lines one by one (what Get-Content without -Raw pipes), and a path.</summary>
public sealed class TestIEManifestPipedLinesTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    private void WriteManifest() => PS.Run("$file = [System.IO.Path]::Combine($dir, 'm.yaml'); [System.IO.File]::WriteAllText($file, $manifest)");

    [Fact]
    public void A_file_piped_line_by_line_is_checked_as_one_manifest()
    {
        WriteManifest();

        var result = RunClean("[System.IO.File]::ReadAllLines($file) | Test-IEManifest -Verbose");

        Assert.Empty(result.Output);
        Assert.Contains(result.Verbose, v => v.Message.Contains("came through the pipeline one by one", StringComparison.Ordinal));
    }

    [Fact]
    public void Quiet_answers_once_for_a_file_piped_line_by_line()
    {
        WriteManifest();

        var result = RunClean("[System.IO.File]::ReadAllLines($file) | Test-IEManifest -Quiet");

        Assert.Equal(true, Assert.Single(result.Output).BaseObject);
    }

    [Fact]
    public void A_piped_path_of_an_existing_file_asks_whether_Path_was_meant()
    {
        WriteManifest();

        var result = PS.Run("$file | Test-IEManifest");

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("is the path of a file and was checked as manifest text. Did you mean -Path?", warning.Message);
        Assert.NotEmpty(result.OutputOf<ManifestIssue>());
    }
}
