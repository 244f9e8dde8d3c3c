using System.Text;
using ImportExport.Inventory;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;
using ImportExport.Tests.Inventory;

namespace ImportExport.Tests.Cmdlets.CompareMGNImportFile;

/// <summary>
/// An inventory in a region of its own on the emulator (imported from a file), its export downloaded as a user would
/// have it, and the import of a file whose summary a preview must match.
/// </summary>
public abstract class CompareTestBase(EmulatorFixture emulator) : ModuleTestBase(emulator)
{
    /// <summary>One wave, one application, two servers: the catalogue's files modify web-01 (its FQDN), name web-02 as it is, and create db-01 and Payroll.</summary>
    protected const string Base = "mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn-for-action-framework,mgn:server:tag:Owner,mgn:launch:instance-type\r\n" +
        "Wave 1,Billing,web-01,Linux,web-01.old.example.com,alice,m5.large\r\n" +
        "Wave 1,Billing,web-02,Linux,web-02.corp.example.com,bob,m5.large\r\n";

    protected string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Scratch, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Imports <paramref name="bytes"/> into <paramref name="region"/> to its end; the final import.</summary>
    protected ImportExport.Emulator.ImportSnapshot Import(string region, string key, byte[] bytes)
    {
        Emulator.State.PutObject(InventoryCatalogue.Bucket, key, bytes);
        PS.SetVariable("key", key);
        PS.SetVariable("region", region);
        var id = RunClean("Start-MGNImport -S3Bucket my-import-bucket -S3Key $key @aws -Region $region -Confirm:$false").OutputOf<ImportTask>().Single().ImportId!;
        return Emulator.State.AdvanceImport(id, "SUCCEEDED");
    }

    /// <summary>Exports <paramref name="region"/>'s inventory (StartExport on the emulator) and saves the CSV it wrote; the file's path.</summary>
    protected string Export(string region, string name)
    {
        PS.SetVariable("region", region);
        PS.SetVariable("exportKey", $"exports/{name}.csv");
        var export = RunClean("Start-MGNExport -S3Bucket my-import-bucket -S3Key $exportKey @aws -Region $region -Confirm:$false").OutputOf<ExportTask>().Single();
        var done = Emulator.State.AdvanceExport(export.ExportId!, "SUCCEEDED");
        Assert.Equal("SUCCEEDED", done.Status);
        return Write(name + "-export.csv", Emulator.State.GetObject(InventoryCatalogue.Bucket, $"exports/{name}.csv")!);
    }

    /// <summary>Compare-MGNImportFile of <paramref name="file"/> against <paramref name="reference"/>, run as a user runs it.</summary>
    protected List<ImportFileChange> Compare(string file, string reference, string region)
    {
        PS.SetVariable("file", file);
        PS.SetVariable("reference", reference);
        PS.SetVariable("region", region);
        return RunClean("Compare-MGNImportFile -LiteralPath $file -ReferencePath $reference -Region $region").OutputOf<ImportFileChange>().ToList();
    }

    protected static byte[] U(string text) => Encoding.UTF8.GetBytes(text);
}
