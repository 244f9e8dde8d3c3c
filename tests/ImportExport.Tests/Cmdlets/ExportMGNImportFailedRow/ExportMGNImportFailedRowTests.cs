using System.Management.Automation;
using System.Text;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;
using Catalogue = ImportExport.Tests.Inventory.InventoryCatalogue;

namespace ImportExport.Tests.Cmdlets.ExportMGNImportFailedRow;

/// <summary>Export-MGNImportFailedRow as a user runs it, on an emulator whose imports move on every 40 ms.</summary>
public sealed class ExportMGNImportFailedRowTests(SteppingEmulatorFixture emulator) : IClassFixture<SteppingEmulatorFixture>, IDisposable
{
    private const string Region = "af-south-1";
    private readonly PowerShellHost _ps = Session(emulator);
    private readonly string _dir = Directory.CreateTempSubdirectory("ie-failed-rows-").FullName;

    private static PowerShellHost Session(SteppingEmulatorFixture emulator)
    {
        var ps = PowerShellHost.Create();
        ps.SetVariable("endpoint", emulator.Endpoint.ToString());
        ps.Run($"$aws = @{{ EndpointUrl = $endpoint; AccessKey = '{EmulatorFixture.AccessKey}'; SecretKey = '{EmulatorFixture.SecretKey}'; Region = '{Region}' }}");
        return ps;
    }

    public void Dispose()
    {
        _ps.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private string Local(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    // Uploads the file and imports it; returns the finished import's id.
    private string Import(string content, string bucket = "my-import-bucket")
    {
        var key = $"failed-rows/{Guid.NewGuid():N}.csv";
        emulator.State.PutObject(bucket, key, Encoding.UTF8.GetBytes(content));
        var result = _ps.Run($"Start-MGNImport -S3Bucket {bucket} -S3Key {key} @aws -Confirm:$false -Wait -PollInterval 0.01").AssertClean();
        return Assert.IsType<ImportTask>(Assert.Single(result.Output).BaseObject).ImportId!;
    }

    private PSRunResult Run(string script)
    {
        _ps.SetVariable("dir", _dir);
        return _ps.Run(script);
    }

    private static string[] Lines(string path) => File.ReadAllText(path).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Writes_the_rejected_rows_of_the_imports_own_object_with_the_header_and_what_was_wrong()
    {
        var id = Import(Catalogue.Warn);

        var result = Run($"Export-MGNImportFailedRow -ImportId {id} -Path ($dir + '/failed.csv') @aws").AssertClean();

        var file = Assert.IsType<FileInfo>(Assert.Single(result.Output).BaseObject);
        var lines = Lines(file.FullName);
        Assert.Equal("ImportError,mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn-for-action-framework", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("\"VALIDATION_ERROR: mgn:server:platform: ", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",Wave 1,Billing,web-03,Solaris,web-03.corp.example.com", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",Wave 1,Billing\tOld,web-04,Linux,web-04.corp.example.com", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void An_import_piped_on_binds_by_property_name()
    {
        var id = Import(Catalogue.WarnOne);

        var result = Run($"Get-MGNImport -ImportId {id} @aws | Export-MGNImportFailedRow -Path ($dir + '/failed.csv') -EndpointUrl $endpoint -AccessKey $aws.AccessKey -SecretKey $aws.SecretKey").AssertClean();

        Assert.Single(result.Output);
        Assert.Equal(2, Lines(Path.Combine(_dir, "failed.csv")).Length);
    }

    [Fact]
    public void The_fixed_rows_import_again_and_the_ImportError_column_is_ignored()
    {
        var id = Import(Catalogue.Warn);
        Run($"Export-MGNImportFailedRow -ImportId {id} -Path ($dir + '/failed.csv') @aws").AssertClean();
        var path = Path.Combine(_dir, "failed.csv");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Solaris", "Linux").Replace("Billing\tOld", "Billing"));

        var check = Run("Test-MGNImportFile -LiteralPath ($dir + '/failed.csv')").AssertClean();
        var reimport = Run("Start-MGNImport -Path ($dir + '/failed.csv') -S3Bucket my-import-bucket -S3Key failed-rows/fixed.csv @aws -Confirm:$false -Wait -PollInterval 0.01").AssertClean();

        Assert.Empty(check.Output);
        var task = Assert.IsType<ImportTask>(Assert.Single(reimport.Output).BaseObject);
        Assert.Equal("SUCCEEDED", task.Status);
        Assert.Equal(2, task.ServersCreatedCount);
        Assert.Empty(Run($"Get-MGNImportError -ImportId {task.ImportId} @aws").AssertClean().Output);
    }

    [Fact]
    public void A_local_SourcePath_that_is_the_file_the_import_read_is_used()
    {
        var id = Import(Catalogue.WarnOne);
        Local("wave1.csv", Catalogue.WarnOne);

        var result = Run($"Export-MGNImportFailedRow -ImportId {id} -Path ($dir + '/failed.csv') -SourcePath ($dir + '/wave1.csv') @aws").AssertClean();

        Assert.Single(result.Output);
        Assert.Contains("web-03,Solaris", Lines(Path.Combine(_dir, "failed.csv"))[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_SourcePath_that_differs_from_what_the_import_read_is_SourceFileMismatch_and_nothing_is_written()
    {
        var id = Import(Catalogue.Warn);
        var other = Local("wave1.csv", Catalogue.Warn.Replace("web-04", "web-40"));

        var result = Run($"Export-MGNImportFailedRow -ImportId {id} -Path ($dir + '/failed.csv') -SourcePath ($dir + '/wave1.csv') @aws");

        Assert.Empty(result.Output);
        var error = Assert.Single(result.Errors);
        Assert.Equal("SourceFileMismatch,ImportExport.Cmdlets.ExportMGNImportFailedRowCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Equal(other, error.TargetObject);
        Assert.Contains($"it has {new FileInfo(other).Length} bytes (SHA-256 ", error.ErrorDetails.Message);
        Assert.False(File.Exists(Path.Combine(_dir, "failed.csv")));
    }

    [Fact]
    public void An_object_written_again_after_the_import_is_ImportSourceChanged()
    {
        var bucket = "my-import-bucket";
        var key = $"failed-rows/{Guid.NewGuid():N}.csv";
        emulator.State.PutObject(bucket, key, Encoding.UTF8.GetBytes(Catalogue.Warn));
        var id = Assert.IsType<ImportTask>(Assert.Single(_ps.Run($"Start-MGNImport -S3Bucket {bucket} -S3Key {key} @aws -Confirm:$false -Wait -PollInterval 0.01").AssertClean().Output).BaseObject).ImportId;
        // S3 states when an object was written to the second: the new one is written in a later second than the import.
        Thread.Sleep(1100);
        emulator.State.PutObject(bucket, key, Encoding.UTF8.GetBytes(Catalogue.Valid));

        var result = Run($"Export-MGNImportFailedRow -ImportId {id} -Path ($dir + '/failed.csv') @aws");

        Assert.Empty(result.Output);
        var error = Assert.Single(result.Errors);
        Assert.Equal("ImportSourceChanged,ImportExport.Cmdlets.ExportMGNImportFailedRowCommand", error.FullyQualifiedErrorId);
        Assert.Contains("-SourcePath", error.ErrorDetails.RecommendedAction);
        Assert.False(File.Exists(Path.Combine(_dir, "failed.csv")));
    }

    [Fact]
    public void An_import_with_errors_beyond_the_files_rows_is_ImportErrorsBeyondFile_and_nothing_is_written()
    {
        // The import's object cannot be read, so only the rows can tell that the local file is another one.
        emulator.State.AddBucket("corp-failed-rows-sealed");
        emulator.State.DenyObjectReads("corp-failed-rows-sealed");
        var id = Import(Catalogue.Warn, "corp-failed-rows-sealed");
        var shorter = Local("wave1.csv", Catalogue.Valid);

        var result = Run($"Export-MGNImportFailedRow -ImportId {id} -Path ($dir + '/failed.csv') -SourcePath ($dir + '/wave1.csv') @aws");

        Assert.Empty(result.Output);
        Assert.Contains(result.Warnings, w => w.Message.StartsWith($"Cannot check that '{shorter}' is the file MGN import {id} read", StringComparison.Ordinal));
        var error = Assert.Single(result.Errors);
        Assert.Equal("ImportErrorsBeyondFile,ImportExport.Cmdlets.ExportMGNImportFailedRowCommand", error.FullyQualifiedErrorId);
        Assert.Contains("reports an error on row 6, but", error.ErrorDetails.Message);
        Assert.Contains("has 4 row(s), the header included", error.ErrorDetails.Message);
        Assert.False(File.Exists(Path.Combine(_dir, "failed.csv")));
    }

    [Fact]
    public void An_import_object_the_caller_cannot_read_is_ImportSourceAccessDenied_asking_for_SourcePath()
    {
        emulator.State.AddBucket("corp-failed-rows-sealed");
        emulator.State.DenyObjectReads("corp-failed-rows-sealed");
        var id = Import(Catalogue.WarnOne, "corp-failed-rows-sealed");

        var result = Run($"Export-MGNImportFailedRow -ImportId {id} -Path ($dir + '/failed.csv') @aws");

        var error = Assert.Single(result.Errors);
        Assert.Equal("ImportSourceAccessDenied,ImportExport.Cmdlets.ExportMGNImportFailedRowCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
        Assert.Contains("-SourcePath", error.ErrorDetails.RecommendedAction);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void An_existing_file_without_Force_is_FailedRowFileExists_and_stays_as_it_was()
    {
        var id = Import(Catalogue.WarnOne);
        var existing = Local("failed.csv", "keep me");

        var result = Run($"Export-MGNImportFailedRow -ImportId {id} -Path ($dir + '/failed.csv') @aws");

        var error = Assert.Single(result.Errors);
        Assert.Equal("FailedRowFileExists,ImportExport.Cmdlets.ExportMGNImportFailedRowCommand", error.FullyQualifiedErrorId);
        Assert.Equal("keep me", File.ReadAllText(existing));
        Run($"Export-MGNImportFailedRow -ImportId {id} -Path ($dir + '/failed.csv') -Force @aws").AssertClean();
        Assert.StartsWith("ImportError,", File.ReadAllText(existing), StringComparison.Ordinal);
    }

    [Fact]
    public void An_import_without_errors_writes_no_file_and_says_so()
    {
        var id = Import(Catalogue.Valid);

        var result = Run($"Export-MGNImportFailedRow -ImportId {id} -Path ($dir + '/failed.csv') @aws").AssertCompleted();

        Assert.Empty(result.Errors);
        Assert.Contains(result.Warnings, w => w.Message == $"MGN import {id} has no errors: every row was imported, and no file was written.");
        Assert.Empty(Directory.GetFiles(_dir));
    }
}
