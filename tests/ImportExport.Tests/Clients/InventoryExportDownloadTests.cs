using System.Security.Cryptography;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Clients;

/// <summary>
/// The engine's export-and-download (Export-MGNInventory's, and Compare-MGNImportFile's fresh export) against the
/// emulator: what it writes, and that a failure at any step leaves the destination as it was.
/// </summary>
public sealed class InventoryExportDownloadTests(SteppingEmulatorFixture emulator) : IClassFixture<SteppingEmulatorFixture>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ie-inventory-download-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private InventoryExportDownload Download(string region = "me-south-1") => new(ClientFactory.Mgn(emulator, region), ClientFactory.S3(emulator, region));

    private static ImportWaitOptions Quick => new() { FixedInterval = TimeSpan.FromMilliseconds(10) };

    [Fact]
    public void Run_writes_the_object_the_export_wrote_verified_by_its_checksum()
    {
        var path = Path.Combine(_dir, "inventory.csv");
        var looks = new List<TaskWaitEvent<ExportTask>>();

        var result = Download().Run(new StartExportRequest { S3Bucket = "my-export-bucket", S3Key = "download/run.csv" }, path, overwrite: false, Quick, looks.Add, CancellationToken.None);

        var stored = emulator.State.GetObject("my-export-bucket", "download/run.csv")!;
        Assert.Equal(stored, File.ReadAllBytes(path));
        Assert.Equal(("SUCCEEDED", "CRC32", stored.Length), (result.Export.Status, result.VerifiedBy, (int)result.Length));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(stored)), result.Sha256);
        Assert.All(looks, look => Assert.Equal(ImportWaitEventKind.Progress, look.Kind));
        Assert.Equal(["inventory.csv"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void An_existing_destination_is_DestinationExists_before_anything_is_sent()
    {
        var path = Path.Combine(_dir, "inventory.csv");
        File.WriteAllText(path, "keep");
        var before = emulator.State.Requests.Count;

        var ex = Assert.Throws<InventoryDownloadException>(() =>
            Download().Run(new StartExportRequest { S3Bucket = "my-export-bucket", S3Key = "download/exists.csv" }, path, overwrite: false, Quick, null, CancellationToken.None));

        Assert.Equal((InventoryDownloadFailure.DestinationExists, path), (ex.Failure, ex.Location));
        Assert.Equal("keep", File.ReadAllText(path));
        Assert.Equal(before, emulator.State.Requests.Count);
    }

    [Fact]
    public void An_object_gone_after_the_export_is_ObjectMissing_and_nothing_is_written()
    {
        var path = Path.Combine(_dir, "inventory.csv");
        var export = new ExportTask { ExportId = "export-0123456789abcdef0", Status = ExportStatus.Succeeded, S3Bucket = "my-export-bucket", S3Key = "download/never-written.csv" };

        var ex = Assert.Throws<InventoryDownloadException>(() => Download().Save(export, path, overwrite: true, CancellationToken.None));

        Assert.Equal((InventoryDownloadFailure.ObjectMissing, "s3://my-export-bucket/download/never-written.csv"), (ex.Failure, ex.Location));
        Assert.Contains("NoSuchKey", ex.Message);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void An_export_that_has_not_succeeded_has_nothing_to_download()
    {
        var export = new ExportTask { ExportId = "export-0123456789abcdef0", Status = ExportStatus.Failed, S3Bucket = "my-export-bucket", S3Key = "download/x.csv" };

        var ex = Assert.Throws<InventoryDownloadException>(() => Download().Fetch(export, CancellationToken.None));

        Assert.Equal(InventoryDownloadFailure.ExportNotSucceeded, ex.Failure);
    }
}
