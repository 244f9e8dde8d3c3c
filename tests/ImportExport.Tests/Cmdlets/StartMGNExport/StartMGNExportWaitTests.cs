using System.Text;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.StartMGNExport;

/// <summary>Start-MGNExport -Wait, on an emulator whose exports move on every 40 ms.</summary>
public sealed class StartMGNExportWaitTests(SteppingEmulatorFixture emulator) : IClassFixture<SteppingEmulatorFixture>, IDisposable
{
    private readonly PowerShellHost _ps = Session(emulator);

    private static PowerShellHost Session(SteppingEmulatorFixture emulator)
    {
        var ps = PowerShellHost.Create();
        ps.SetVariable("endpoint", emulator.Endpoint.ToString());
        ps.Run($"$aws = @{{ EndpointUrl = $endpoint; AccessKey = '{EmulatorFixture.AccessKey}'; SecretKey = '{EmulatorFixture.SecretKey}' }}");
        return ps;
    }

    public void Dispose() => _ps.Dispose();

    [Fact]
    public void Wait_returns_the_succeeded_export_with_the_counts_of_the_file_it_wrote()
    {
        // Its own region: what the export holds is what this test imported, nothing else.
        emulator.State.PutObject("my-import-bucket", "start-wait/wave.csv", Encoding.UTF8.GetBytes(ImportExport.Tests.Inventory.InventoryCatalogue.Valid));
        _ps.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key start-wait/wave.csv -Region ap-south-2 @aws -Confirm:$false -Wait -PollInterval 0.01").AssertClean();

        var result = _ps.Run("Start-MGNExport -S3Bucket my-export-bucket -S3Key start-wait/inventory.csv -Region ap-south-2 @aws -Confirm:$false -Wait -PollInterval 0.01").AssertClean();

        var task = Assert.Single(result.OutputOf<ExportTask>());
        Assert.Equal("SUCCEEDED", task.Status);
        Assert.Equal((1L, 2L, 3L), (task.WavesCount!.Value, task.ApplicationsCount!.Value, task.ServersCount!.Value));
        var file = Encoding.UTF8.GetString(emulator.State.GetObject("my-export-bucket", "start-wait/inventory.csv")!);
        Assert.Equal(1 + 3, file.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Wait_shows_a_look_that_failed_in_Verbose_and_goes_on_as_Wait_MGNExport_does()
    {
        emulator.State.InjectFault(new ImportExport.Emulator.FaultSpec { Kind = ImportExport.Emulator.FaultKind.InternalError, Service = "mgn", Operation = "ListExports" });

        var result = _ps.Run("Start-MGNExport -S3Bucket my-export-bucket -S3Key start-wait/look-failed.csv -Region ap-south-2 @aws -Confirm:$false -Wait -PollInterval 0.01 -MaxRetry 0 -Verbose");

        Assert.Empty(result.AllErrors);
        Assert.Equal("SUCCEEDED", Assert.Single(result.OutputOf<ExportTask>()).Status);
        var look = Assert.Single(result.Verbose, v => v.Message.Contains("ListExports failed", StringComparison.Ordinal));
        Assert.StartsWith("Export(s) export-", look.Message, StringComparison.Ordinal);
        Assert.Contains("ListExports failed (InternalServerException, HTTP 500)", look.Message);
    }
}
