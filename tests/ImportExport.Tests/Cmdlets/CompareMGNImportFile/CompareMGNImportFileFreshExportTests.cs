using System.Management.Automation;
using ImportExport.Inventory;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.CompareMGNImportFile;

/// <summary>
/// Compare-MGNImportFile without -ReferencePath: it exports the inventory now (-S3Bucket), waits with progress and reads
/// the file in memory; the lines are those of -ReferencePath on the same export downloaded, and a failed export is
/// Export-MGNInventory's error. On an emulator whose exports move on every 40 ms.
/// </summary>
public sealed class CompareMGNImportFileFreshExportTests(SteppingEmulatorFixture emulator) : InventoryExportTestBase(emulator, "ie-compare-fresh-"), IClassFixture<SteppingEmulatorFixture>
{
    private const string Base = "mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn-for-action-framework,mgn:server:tag:Owner,mgn:launch:instance-type\r\n" +
        "Wave 1,Billing,web-01,Linux,web-01.old.example.com,alice,m5.large\r\n" +
        "Wave 1,Billing,web-02,Linux,web-02.corp.example.com,bob,m5.large\r\n";

    private const string Edit = "mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:fqdn-for-action-framework,mgn:server:tag:Owner,mgn:launch:instance-type,mgn:server:platform\r\n" +
        "Wave 1,Billing,web-01,web-01.corp.example.com,alice,m5.xlarge,\r\n" +
        "Wave 1,Billing,web-02,web-02.corp.example.com,[DELETE_TAG],,\r\n" +
        "Wave 1,Payroll,db-01,db-01.corp.example.com,,,Solaris\r\n" +
        "Wave 1,Payroll,db-02,db-02.corp.example.com,carol,,Linux\r\n";


    private static List<string> Shape(IEnumerable<PSObject> output) =>
        output.Select(o => o.BaseObject).OfType<ImportFileChange>()
            .Select(l => string.Join(" | ", l.File, l.Action, l.ResourceType, l.Name, l.Id, l.RowNumber, l.Property, l.CurrentValue, l.NewValue, l.Reason, l.ErrorType))
            .ToList();

    [Fact]
    public void A_fresh_export_gives_the_lines_of_ReferencePath_on_the_same_export_downloaded_with_progress_and_no_file_left()
    {
        const string region = "eu-south-2";
        Import(region, "compare-fresh/base.csv", Base);
        File.WriteAllText(Path.Combine(Dir, "edit.csv"), Edit);

        var fresh = Run("Compare-MGNImportFile -LiteralPath ($dir + '/edit.csv') -S3Bucket my-export-bucket -S3Key compare-fresh/now.csv -Region $region @aws -PollInterval 0.01".Replace("$region", region));
        AssertNoErrors(fresh.Errors);
        Assert.Equal(["edit.csv"], Directory.GetFiles(Dir).Select(Path.GetFileName));
        Assert.Contains(fresh.Progress, p => p.Activity.Contains("export", StringComparison.OrdinalIgnoreCase) && p.RecordType == ProgressRecordType.Processing);
        Assert.Equal(ProgressRecordType.Completed, fresh.Progress[^1].RecordType);
        Assert.NotNull(Emulator.State.GetObject("my-export-bucket", "compare-fresh/now.csv"));

        var downloaded = Run("Export-MGNInventory -Path ($dir + '/exported.csv') -S3Bucket my-export-bucket -S3Key compare-fresh/downloaded.csv -Region $region @aws -PollInterval 0.01".Replace("$region", region));
        AssertNoErrors(downloaded.Errors);
        var reference = Run("Compare-MGNImportFile -LiteralPath ($dir + '/edit.csv') -ReferencePath ($dir + '/exported.csv') -Region $region @aws".Replace("$region", region));
        AssertNoErrors(reference.Errors);

        var actions = fresh.Output.Select(o => o.BaseObject).OfType<ImportFileChange>().Select(l => l.Action).Distinct().Order();
        Assert.Equal(["Create", "Fail", "Modify", "Unchanged"], actions);
        Assert.Equal(Shape(reference.Output), Shape(fresh.Output));
    }

    [Fact]
    public void A_failed_export_is_Export_MGNInventory_s_ExportFailed_error_and_nothing_is_compared()
    {
        File.WriteAllText(Path.Combine(Dir, "edit.csv"), Edit);

        var compare = Run("Compare-MGNImportFile -LiteralPath ($dir + '/edit.csv') -S3Bucket corp-no-such-bucket -S3Key compare-fresh/failed.csv -Region ap-east-1 @aws -PollInterval 0.01");
        var export = Run("Export-MGNInventory -Path ($dir + '/inventory.csv') -S3Bucket corp-no-such-bucket -S3Key compare-fresh/failed.csv -Region ap-east-1 @aws -PollInterval 0.01");

        Assert.Empty(compare.Output);
        var error = Assert.Single(compare.Errors);
        var exportError = Assert.Single(export.Errors);
        Assert.Equal("ExportFailed,ImportExport.Cmdlets.CompareMGNImportFileCommand", error.FullyQualifiedErrorId);
        Assert.Equal("ExportFailed,ImportExport.Cmdlets.ExportMGNInventoryCommand", exportError.FullyQualifiedErrorId);
        Assert.Equal(exportError.CategoryInfo.Category, error.CategoryInfo.Category);
        var failed = Assert.IsType<ExportFailedException>(error.Exception);
        Assert.Equal(failed.Export.ExportId, error.TargetObject);
        Assert.Equal($"Get-MGNExportError -ExportId {failed.Export.ExportId}", error.ErrorDetails.RecommendedAction);
        Assert.Contains("Nothing was compared.", error.ErrorDetails.Message);
        Assert.Equal(["edit.csv"], Directory.GetFiles(Dir).Select(Path.GetFileName));
    }

    [Fact]
    public void A_bucket_the_caller_cannot_read_is_Export_MGNInventory_s_InventoryObjectAccessDenied_error()
    {
        Emulator.State.AddBucket("corp-write-only-compare");
        Emulator.State.DenyObjectReads("corp-write-only-compare");
        File.WriteAllText(Path.Combine(Dir, "edit.csv"), Edit);

        var compare = Run("Compare-MGNImportFile -LiteralPath ($dir + '/edit.csv') -S3Bucket corp-write-only-compare -S3Key compare-fresh/denied.csv -Region ap-east-1 @aws -PollInterval 0.01");
        var export = Run("Export-MGNInventory -Path ($dir + '/inventory.csv') -S3Bucket corp-write-only-compare -S3Key compare-fresh/denied.csv -Region ap-east-1 @aws -PollInterval 0.01");

        Assert.Empty(compare.Output);
        var error = Assert.Single(compare.Errors);
        var exportError = Assert.Single(export.Errors);
        Assert.Equal("InventoryObjectAccessDenied,ImportExport.Cmdlets.CompareMGNImportFileCommand", error.FullyQualifiedErrorId);
        Assert.Equal(exportError.FullyQualifiedErrorId.Split(',')[0], error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(exportError.CategoryInfo.Category, error.CategoryInfo.Category);
        Assert.Equal(exportError.TargetObject, error.TargetObject);
        Assert.Equal(exportError.ErrorDetails.RecommendedAction, error.ErrorDetails.RecommendedAction);
        Assert.Equal("s3://corp-write-only-compare/compare-fresh/denied.csv", error.TargetObject);
    }

    [Fact]
    public void A_wait_that_times_out_is_ExportWaitTimeout_and_nothing_is_compared()
    {
        File.WriteAllText(Path.Combine(Dir, "edit.csv"), Edit);

        var (output, errors, _) = Run("Compare-MGNImportFile -LiteralPath ($dir + '/edit.csv') -S3Bucket my-export-bucket -S3Key compare-fresh/timeout.csv -Region ap-east-1 @aws -Timeout 0.001");

        Assert.Empty(output);
        var error = Assert.Single(errors);
        Assert.Equal("ExportWaitTimeout,ImportExport.Cmdlets.CompareMGNImportFileCommand", error.FullyQualifiedErrorId);
        Assert.Contains("The export goes on", error.ErrorDetails.Message);
    }

    [Fact]
    public void ReferencePath_and_S3Bucket_are_two_ways_and_cannot_be_given_together()
    {
        File.WriteAllText(Path.Combine(Dir, "edit.csv"), Edit);

        var (output, errors, _) = Run("Compare-MGNImportFile -LiteralPath ($dir + '/edit.csv') -ReferencePath ($dir + '/edit.csv') -S3Bucket my-export-bucket @aws");

        Assert.Empty(output);
        var error = Assert.Single(errors);
        Assert.StartsWith("AmbiguousParameterSet", error.FullyQualifiedErrorId, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_says_where_the_export_would_be_written_and_starts_none()
    {
        const string region = "il-central-1";
        File.WriteAllText(Path.Combine(Dir, "edit.csv"), Edit);

        var before = Emulator.State.Requests.Count(r => r.Operation == "StartExport");
        PS.SetVariable("dir", Dir);

        var result = PS.Run($"Compare-MGNImportFile -LiteralPath ($dir + '/edit.csv') -S3Bucket my-export-bucket -Region {region} @aws -WhatIf").AssertClean();

        Assert.Empty(result.Output);
        Assert.Contains("What if: Performing the operation \"Export the MGN inventory to compare the files against\" on target \"s3://my-export-bucket/inventory.csv\"", result.HostText);
        Assert.Equal(before, Emulator.State.Requests.Count(r => r.Operation == "StartExport"));
    }
}
