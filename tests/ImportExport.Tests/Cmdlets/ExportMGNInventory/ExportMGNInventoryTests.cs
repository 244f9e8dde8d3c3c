using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.ExportMGNInventory;

/// <summary>Export-MGNInventory as a user runs it, on an emulator whose exports move on every 40 ms.</summary>
public sealed class ExportMGNInventoryTests(SteppingEmulatorFixture emulator) : InventoryExportTestBase(emulator, "ie-export-inventory-", "PollInterval = 0.01"), IClassFixture<SteppingEmulatorFixture>
{
    // An inventory of its own region: what the export holds is what this test imported.
    private void Import(string region, string key) => Import(region, key, ImportExport.Tests.Inventory.InventoryCatalogue.Valid);

    private string[] FilesInDir() => Directory.GetFiles(Dir).Select(Path.GetFileName).ToArray()!;

    [Fact]
    public void Writes_the_exported_file_unchanged_with_progress_and_returns_it()
    {
        Import("ap-east-1", "export-inventory/wave.csv");

        var (output, errors, progress) = Run("Export-MGNInventory -Path ($dir + '/inventory.csv') -S3Bucket my-export-bucket -S3Key export-inventory/inventory.csv -Region ap-east-1 @aws");

        AssertNoErrors(errors);
        var file = Assert.IsType<FileInfo>(Assert.Single(output).BaseObject);
        Assert.Equal(Path.Combine(Dir, "inventory.csv"), file.FullName);
        Assert.Equal(Emulator.State.GetObject("my-export-bucket", "export-inventory/inventory.csv"), File.ReadAllBytes(file.FullName));
        // Every look at the running export is a bar (none when it has ended by the first look); the last one ends it.
        Assert.All(progress, p => Assert.StartsWith("Waiting for MGN export export-", p.Activity, StringComparison.Ordinal));
        Assert.Equal((ProgressRecordType.Completed, 100), (progress.Last().RecordType, progress.Last().PercentComplete));
        Assert.Equal(["inventory.csv"], FilesInDir());
    }

    [Fact]
    public void The_downloaded_file_passes_Test_MGNImportFile_and_imports_back_into_the_emulator()
    {
        Import("ap-east-2", "export-inventory/roundtrip.csv");
        Run("Export-MGNInventory -Path ($dir + '/inventory.csv') -S3Bucket my-export-bucket -S3Key export-inventory/roundtrip-export.csv -Region ap-east-2 @aws -ErrorAction Stop");

        var (valid, checkErrors, _) = Run("Test-MGNImportFile -LiteralPath ($dir + '/inventory.csv') -Quiet");
        var (imported, importErrors, _) = Run("Start-MGNImport -Path ($dir + '/inventory.csv') -S3Bucket my-import-bucket -S3Key export-inventory/reimport.csv -Region ap-east-2 -EndpointUrl $endpoint -AccessKey $aws.AccessKey -SecretKey $aws.SecretKey -Confirm:$false -Wait -PollInterval 0.01");

        AssertNoErrors(checkErrors);
        Assert.Equal(true, Assert.Single(valid).BaseObject);
        AssertNoErrors(importErrors);
        var task = Assert.IsType<ImportTask>(Assert.Single(imported).BaseObject);
        Assert.Equal("SUCCEEDED", task.Status);
        // The same inventory again: nothing new, nothing changed.
        Assert.Equal((0, 0, 0), (task.WavesCreatedCount ?? 0, task.ApplicationsCreatedCount ?? 0, task.ServersCreatedCount ?? 0));
    }

    [Fact]
    public void An_existing_file_without_Force_is_InventoryFileExists_before_any_export_starts()
    {
        File.WriteAllText(Path.Combine(Dir, "inventory.csv"), "keep me");
        var before = Emulator.State.Requests.Count(r => r.Operation == "StartExport");

        var (output, errors, _) = Run("Export-MGNInventory -Path ($dir + '/inventory.csv') -S3Bucket my-export-bucket -S3Key export-inventory/exists.csv -Region ap-east-1 @aws");

        Assert.Empty(output);
        var error = Assert.Single(errors);
        Assert.Equal("InventoryFileExists,ImportExport.Cmdlets.ExportMGNInventoryCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
        Assert.Equal(Path.Combine(Dir, "inventory.csv"), error.TargetObject);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(Dir, "inventory.csv")));
        Assert.Equal(before, Emulator.State.Requests.Count(r => r.Operation == "StartExport"));
    }

    [Fact]
    public void Force_replaces_an_existing_file()
    {
        File.WriteAllText(Path.Combine(Dir, "inventory.csv"), "old");

        var (output, errors, _) = Run("Export-MGNInventory -Path ($dir + '/inventory.csv') -S3Bucket my-export-bucket -S3Key export-inventory/force.csv -Region ap-east-1 @aws -Force");

        AssertNoErrors(errors);
        Assert.Single(output);
        Assert.StartsWith("mgn:", File.ReadAllText(Path.Combine(Dir, "inventory.csv")), StringComparison.Ordinal);
        Assert.Equal(["inventory.csv"], FilesInDir());
    }

    [Fact]
    public void A_failed_export_is_ExportFailed_and_nothing_is_written()
    {
        File.WriteAllText(Path.Combine(Dir, "inventory.csv"), "old");

        var (output, errors, _) = Run("Export-MGNInventory -Path ($dir + '/inventory.csv') -S3Bucket corp-no-such-bucket -S3Key export-inventory/failed.csv -Region ap-east-1 @aws -Force");

        Assert.Empty(output);
        var error = Assert.Single(errors);
        Assert.Equal("ExportFailed,ImportExport.Cmdlets.ExportMGNInventoryCommand", error.FullyQualifiedErrorId);
        var failed = Assert.IsType<ExportFailedException>(error.Exception);
        Assert.Equal($"Get-MGNExportError -ExportId {failed.Export.ExportId}", error.ErrorDetails.RecommendedAction);
        Assert.Contains("Nothing was written to " + Path.Combine(Dir, "inventory.csv"), error.ErrorDetails.Message);
        Assert.Equal("old", File.ReadAllText(Path.Combine(Dir, "inventory.csv")));
        Assert.Equal(["inventory.csv"], FilesInDir());
    }

    [Fact]
    public void A_bucket_the_caller_cannot_read_is_InventoryObjectAccessDenied_and_nothing_is_written()
    {
        Emulator.State.AddBucket("corp-write-only-exports");
        Emulator.State.DenyObjectReads("corp-write-only-exports");

        var (output, errors, _) = Run("Export-MGNInventory -Path ($dir + '/inventory.csv') -S3Bucket corp-write-only-exports -S3Key export-inventory/denied.csv -Region ap-east-1 @aws");

        Assert.Empty(output);
        var error = Assert.Single(errors);
        Assert.Equal("InventoryObjectAccessDenied,ImportExport.Cmdlets.ExportMGNInventoryCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
        Assert.Equal("s3://corp-write-only-exports/export-inventory/denied.csv", error.TargetObject);
        Assert.Contains("s3:GetObject", error.ErrorDetails.Message);
        Assert.Empty(FilesInDir());
    }

    [Fact]
    public void A_wait_that_times_out_is_ExportWaitTimeout_and_nothing_is_written()
    {
        var (output, errors, _) = Run("Export-MGNInventory -Path ($dir + '/inventory.csv') -S3Bucket my-export-bucket -S3Key export-inventory/timeout.csv -Region ap-east-1 @aws -Timeout 0.001");

        Assert.Empty(output);
        var error = Assert.Single(errors);
        Assert.Equal("ExportWaitTimeout,ImportExport.Cmdlets.ExportMGNInventoryCommand", error.FullyQualifiedErrorId);
        Assert.Contains("The export goes on", error.ErrorDetails.Message);
        Assert.Empty(FilesInDir());
    }

    [Fact]
    public void WhatIf_says_what_would_be_exported_where_and_sends_nothing()
    {
        var before = Emulator.State.Requests.Count(r => r.Operation == "StartExport");

        var result = PS.Run($"Export-MGNInventory -Path '{Dir}/inventory.csv' -S3Bucket my-export-bucket -Region ap-east-1 @aws -WhatIf").AssertClean();

        Assert.Empty(result.Output);
        Assert.Contains($"What if: Performing the operation \"Export the MGN inventory to s3://my-export-bucket/inventory.csv and download it\" on target \"{Path.Combine(Dir, "inventory.csv")}\"", result.HostText);
        Assert.Equal(before, Emulator.State.Requests.Count(r => r.Operation == "StartExport"));
        Assert.Empty(FilesInDir());
    }

    [Fact]
    public void A_file_name_that_cannot_be_the_key_asks_for_S3Key_before_any_request()
    {
        var (output, errors, _) = Run("Export-MGNInventory -Path ($dir + '/inventory.txt') -S3Bucket my-export-bucket -Region ap-east-1 @aws");

        Assert.Empty(output);
        var error = Assert.Single(errors);
        Assert.Equal("InvalidS3Key,ImportExport.Cmdlets.ExportMGNInventoryCommand", error.FullyQualifiedErrorId);
        Assert.Contains("give -S3Key", error.Exception.Message);
        Assert.Empty(FilesInDir());
    }

    [Fact]
    public void A_look_that_failed_is_in_Verbose_and_the_download_goes_on_as_Wait_MGNExport_does()
    {
        Emulator.State.InjectFault(new ImportExport.Emulator.FaultSpec { Kind = ImportExport.Emulator.FaultKind.InternalError, Service = "mgn", Operation = "ListExports" });
        PS.SetVariable("dir", Dir);

        var result = PS.Run("Export-MGNInventory -Path ($dir + '/inventory.csv') -S3Bucket my-export-bucket -S3Key export-inventory/look-failed.csv -Region ap-east-1 @aws -MaxRetry 0 -Verbose");

        Assert.Empty(result.AllErrors);
        Assert.IsType<FileInfo>(Assert.Single(result.Output).BaseObject);
        var look = Assert.Single(result.Verbose, v => v.Message.Contains("ListExports failed", StringComparison.Ordinal));
        Assert.StartsWith("Export(s) export-", look.Message, StringComparison.Ordinal);
        Assert.Contains("ListExports failed (InternalServerException, HTTP 500)", look.Message);
        Assert.Equal(["inventory.csv"], FilesInDir());
    }
}
