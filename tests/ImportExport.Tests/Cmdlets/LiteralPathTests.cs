using System.Text;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;
using ImportExport.Tests.Inventory;

namespace ImportExport.Tests.Cmdlets;

/// <summary>
/// Issue 13: -LiteralPath (alias PSPath, LP) beside the wildcard -ManifestPath of New-IEJob and Update-IEJob and the
/// -Path of Start-MGNImport: a name with [ ] is taken as written, Get-ChildItem output binds by its PSPath.
/// </summary>
public sealed class LiteralPathTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("ie-literal-");

    private PSRunResult Run(string script)
    {
        PS.SetVariable("work", _work.FullName);
        return PS.Run(script);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_work.FullName, name), text, new UTF8Encoding(false));

    [Fact]
    public void New_IEJob_takes_a_bracketed_name_as_written_and_binds_a_PSPath_from_the_pipeline()
    {
        Write("[w1].yaml", Manifests.Import());

        var literal = Run("New-IEJob -JobType Import -LiteralPath \"$work/[w1].yaml\" @aws -Confirm:$false");
        var alias = Run("New-IEJob -JobType Import -LP \"$work/[w1].yaml\" @aws -Confirm:$false");
        // What Get-Item and Get-ChildItem give (this host has no Management module; tests/Pester pipes the real ones).
        var piped = Run("[pscustomobject]@{ PSPath = \"Microsoft.PowerShell.Core\\FileSystem::$work/[w1].yaml\" } | New-IEJob -JobType Import @aws -Confirm:$false");
        var wildcard = Run("New-IEJob -JobType Import -ManifestPath \"$work/[w1].yaml\" @aws -Confirm:$false");
        var escaped = Run("New-IEJob -JobType Import -ManifestPath \"$work/``[w1``].yaml\" @aws -ValidateOnly");

        Assert.Empty(literal.AllErrors);
        Assert.Single(literal.OutputOf<ImportExport.IE.CreatedJob>());
        Assert.Empty(alias.AllErrors);
        Assert.Empty(piped.AllErrors);
        Assert.Single(piped.OutputOf<ImportExport.IE.CreatedJob>());

        // As a wildcard, [w1] is one letter w or 1: no such file; escaped, the brackets are the name's.
        Assert.Empty(escaped.AllErrors);
        Assert.True(escaped.OutputOf<ImportExport.IE.CreatedJob>().Single().ValidateOnly);
        Assert.StartsWith("ManifestFileNotFound,", Assert.Single(wildcard.AllErrors).FullyQualifiedErrorId);
    }

    [Fact]
    public void A_missing_literal_path_is_named_with_its_parameter()
    {
        var before = Emulator.State.Requests.Count;

        var result = Run("New-IEJob -JobType Import -LiteralPath \"$work/none[1].yaml\" @aws -Confirm:$false");

        var error = Assert.Single(result.AllErrors);
        Assert.StartsWith("ManifestFileNotFound,", error.FullyQualifiedErrorId);
        Assert.Contains("(-LiteralPath)", error.Exception.Message);
        Assert.Equal(before, Emulator.State.Requests.Count);
    }

    [Fact]
    public void Update_IEJob_takes_a_literal_path()
    {
        var id = NewJob();
        PS.SetVariable("id", id);
        Write("[new].yaml", Manifests.Import(deviceId: "777"));

        var result = Run("Update-IEJob -JobId $id -JobType Import -LiteralPath \"$work/[new].yaml\" @aws -Confirm:$false");

        Assert.Empty(result.AllErrors);
        Assert.True(result.OutputOf<ImportExport.IE.JobUpdate>().Single().Success);
    }

    [Fact]
    public void Start_MGNImport_uploads_literal_paths_and_each_piped_file_under_its_own_name()
    {
        Write("[a].csv", InventoryCatalogue.Valid);
        Write("b.csv", InventoryCatalogue.Valid);

        var literal = Run("Start-MGNImport -LiteralPath \"$work/[a].csv\" -S3Bucket my-import-bucket @aws -Confirm:$false");
        var piped = Run("'[a].csv', 'b.csv' | ForEach-Object { [pscustomobject]@{ PSPath = \"Microsoft.PowerShell.Core\\FileSystem::$work/$_\" } } | Start-MGNImport -S3Bucket my-import-bucket @aws -Confirm:$false");

        Assert.Empty(literal.AllErrors);
        Assert.Equal("[a].csv", literal.OutputOf<ImportExport.Mgn.ImportTask>().Single().S3Key);
        Assert.Empty(piped.AllErrors);
        Assert.Equal(new[] { "[a].csv", "b.csv" }, piped.OutputOf<ImportExport.Mgn.ImportTask>().Select(t => t.S3Key));
        Assert.NotNull(Emulator.State.GetObject("my-import-bucket", "b.csv"));
    }

    public new void Dispose()
    {
        _work.Delete(recursive: true);
        base.Dispose();
    }
}
