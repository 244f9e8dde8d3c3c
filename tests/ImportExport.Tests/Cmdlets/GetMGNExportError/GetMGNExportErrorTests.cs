using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.GetMGNExportError;

public sealed class GetMGNExportErrorTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public void An_export_to_a_missing_bucket_fails_and_its_error_says_so()
    {
        var export = PS.Run("Start-MGNExport -S3Bucket corp-no-such-bucket -S3Key gone/inventory.csv @aws -Confirm:$false").AssertClean().OutputOf<ExportTask>().Single();
        Emulator.State.AdvanceExport(export.ExportId!, "SUCCEEDED");
        PS.SetVariable("export", export);

        var errors = PS.Run("$export | Get-MGNExportError @aws").AssertClean().OutputOf<ExportError>();

        var error = Assert.Single(errors);
        Assert.Equal(export.ExportId, error.ExportId);
        Assert.Equal("The S3 bucket corp-no-such-bucket does not exist.", error.RawError);
        Assert.IsType<DateTime>(error.ErrorDateTime!.Value);
        Assert.Equal("FAILED", Emulator.State.GetExport(export.ExportId!)!.Status);
    }

    [Fact]
    public void An_export_that_succeeded_has_no_errors()
    {
        var export = PS.Run("Start-MGNExport -S3Bucket my-export-bucket -S3Key fine/inventory.csv @aws -Confirm:$false").AssertClean().OutputOf<ExportTask>().Single();
        Emulator.State.AdvanceExport(export.ExportId!, "SUCCEEDED");
        PS.SetVariable("id", export.ExportId);

        var result = PS.Run("Get-MGNExportError -ExportId $id @aws").AssertClean();

        Assert.Empty(result.Output);
    }

    [Fact]
    public void An_export_id_the_account_does_not_have_is_the_service_error_with_the_id_as_target()
    {
        var result = PS.Run("Get-MGNExportError -ExportId export-00000000000000000 @aws");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("ValidationException,", error.FullyQualifiedErrorId);
        Assert.Equal("export-00000000000000000", error.TargetObject);
    }
}
