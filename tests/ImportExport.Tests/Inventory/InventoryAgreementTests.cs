using ImportExport.Inventory;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Inventory;

/// <summary>
/// Every file of the catalogue through Test-MGNImportFile and through an import on the emulator: the same rows,
/// with the same error types, in the same order. One rule set, so they must agree row for row.
/// </summary>
public sealed class InventoryAgreementTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    public static TheoryData<string> FileNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in InventoryCatalogue.Files.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void The_local_check_and_the_import_agree_row_for_row(string name)
    {
        var bytes = InventoryCatalogue.Files[name];
        var file = Path.Combine(Scratch, name + ".csv");
        File.WriteAllBytes(file, bytes);
        var key = $"catalogue/{name}.csv";
        Emulator.State.PutObject(InventoryCatalogue.Bucket, key, bytes);
        PS.SetVariable("file", file);
        PS.SetVariable("key", key);

        var local = RunClean("Test-MGNImportFile -LiteralPath $file").OutputOf<ImportFileProblem>();
        var id = RunClean("Start-MGNImport -S3Bucket my-import-bucket -S3Key $key @aws -Confirm:$false").OutputOf<ImportTask>().Single().ImportId!;
        Emulator.State.AdvanceImport(id, "STARTED");
        Emulator.State.AdvanceImport(id);
        var final = Emulator.State.AdvanceImport(id);
        PS.SetVariable("id", id);
        var remote = RunClean("Get-MGNImportError -ImportId $id @aws").OutputOf<ImportError>();

        Assert.Equal(local.Select(p => (p.RowNumber, p.ErrorType)), remote.Select(e => (e.RowNumber!.Value, e.ErrorType!)));
        Assert.Equal(local.Select(p => p.RawError), remote.Select(e => e.RawError!));
        Assert.All(local, p => Assert.Equal(file, p.File));
        if (name.StartsWith("rule-", StringComparison.Ordinal))
        {
            Assert.NotEmpty(local);
        }
        else if (name.StartsWith("valid", StringComparison.Ordinal) || name.StartsWith("large", StringComparison.Ordinal))
        {
            Assert.Empty(local);
            Assert.Equal("SUCCEEDED", final.Status);
        }

        var fileRejected = local.Any(p => p.RowNumber <= 1);
        Assert.Equal(fileRejected ? "FAILED" : "SUCCEEDED", final.Status);
    }

    [Fact]
    public void The_large_file_creates_every_server()
    {
        var region = "sa-east-1";
        Emulator.State.PutObject(InventoryCatalogue.Bucket, "catalogue/large-sa.csv", InventoryCatalogue.Files["large-10000"]);
        var id = RunClean("Start-MGNImport -S3Bucket my-import-bucket -S3Key catalogue/large-sa.csv @aws -Region sa-east-1 -Confirm:$false").OutputOf<ImportTask>().Single().ImportId!;

        var final = Emulator.State.AdvanceImport(id, "SUCCEEDED");

        Assert.Equal((50, 100, 10_000), (final.Waves.CreatedCount, final.Applications.CreatedCount, final.Servers.CreatedCount));
        Assert.Empty(final.Errors);
        Assert.Equal(10_000, Emulator.State.GetInventory(EmulatorFixture.AccountId, region).Servers.Count);
    }
}
