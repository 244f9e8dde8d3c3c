using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.GetMGNExport;

public sealed class GetMGNExportTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Lists_the_exports_of_the_region_oldest_first()
    {
        var started = PS.Run("1..3 | ForEach-Object { Start-MGNExport -S3Bucket my-export-bucket -S3Key \"list/$_.csv\" @aws -Region sa-east-1 -Confirm:$false }").AssertClean().OutputOf<ExportTask>();
        PS.Run("Start-MGNExport -S3Bucket my-export-bucket -S3Key list/elsewhere.csv @aws -Region ca-central-1 -Confirm:$false").AssertClean();

        var listed = PS.Run("Get-MGNExport @aws -Region sa-east-1").AssertClean().OutputOf<ExportTask>();

        Assert.Equal(started.Select(t => t.ExportId), listed.Select(t => t.ExportId));
    }

    [Fact]
    public void First_stops_after_the_page_that_has_enough()
    {
        PS.Run("1..3 | ForEach-Object { Start-MGNExport -S3Bucket my-export-bucket -S3Key \"first/$_.csv\" @aws -Region eu-north-1 -Confirm:$false }").AssertClean();
        var before = Emulator.State.Requests.Count(r => r.Operation == "ListExports");

        var listed = PS.Run("Get-MGNExport -PageSize 1 -First 1 @aws -Region eu-north-1").AssertClean().OutputOf<ExportTask>();

        Assert.Single(listed);
        Assert.Equal(before + 1, Emulator.State.Requests.Count(r => r.Operation == "ListExports"));
    }

    [Fact]
    public void Piped_exports_are_looked_for_by_id_and_an_unknown_id_is_ExportNotFound()
    {
        var result = PS.Run("""
            $one = Start-MGNExport -S3Bucket my-export-bucket -S3Key byid/one.csv @aws -Confirm:$false
            $one, 'export-00000000000000000' | Get-MGNExport @aws
            """);

        var export = Assert.Single(result.OutputOf<ExportTask>());
        Assert.Equal("byid/one.csv", export.S3Key);
        var error = Assert.Single(result.Errors);
        Assert.Equal("ExportNotFound,ImportExport.Cmdlets.GetMGNExportCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("export-00000000000000000", error.TargetObject);
    }

    [Fact]
    public void An_id_that_cannot_be_an_export_id_is_refused_before_any_request()
    {
        var before = Emulator.State.Requests.Count;

        var result = PS.Run("Get-MGNExport -ExportId import-00000000000000000 @aws");

        var error = Assert.Single(result.AllErrors);
        Assert.StartsWith("ParameterArgumentValidationError", error.FullyQualifiedErrorId);
        Assert.Contains("'import-00000000000000000' is not an MGN export id", error.Exception.Message);
        Assert.Equal(before, Emulator.State.Requests.Count);
    }
}
