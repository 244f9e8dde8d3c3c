using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.WaitMGNExport;

/// <summary>Wait-MGNExport against exports that do not move unless the test moves them.</summary>
public sealed class WaitMGNExportTimeoutTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public void An_export_still_running_at_the_timeout_is_ExportWaitTimeout_with_its_last_state()
    {
        var result = PS.Run("Start-MGNExport -S3Bucket my-export-bucket -S3Key timeout/inventory.csv @aws -Confirm:$false | Wait-MGNExport -Timeout 0.2 -PollInterval 0.05 @aws");

        Assert.Empty(result.Output);
        var error = Assert.Single(result.Errors);
        Assert.Equal("ExportWaitTimeout,ImportExport.Cmdlets.WaitMGNExportCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
        var timedOut = Assert.IsType<ExportWaitTimeoutException>(error.Exception);
        Assert.Equal("PENDING", timedOut.Export!.Status);
        Assert.Contains("The export goes on", error.ErrorDetails.Message);
    }

    [Fact]
    public void A_zero_timeout_is_refused_before_any_request()
    {
        var result = PS.Run("Wait-MGNExport -ExportId export-00000000000000000 -Timeout 0 @aws");

        var error = Assert.Single(result.AllErrors);
        Assert.Equal("InvalidTimeout,ImportExport.Cmdlets.WaitMGNExportCommand", error.FullyQualifiedErrorId);
        Assert.Contains("-Timeout must be more than zero", error.Exception.Message);
    }
}
