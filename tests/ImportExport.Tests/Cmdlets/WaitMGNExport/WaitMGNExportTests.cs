using System.Management.Automation;
using System.Text;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.WaitMGNExport;

/// <summary>Wait-MGNExport on an emulator whose exports move on every 40 ms.</summary>
public sealed class WaitMGNExportTests(SteppingEmulatorFixture emulator) : IClassFixture<SteppingEmulatorFixture>, IDisposable
{
    private readonly PowerShellHost _ps = Session(emulator);

    private static PowerShellHost Session(SteppingEmulatorFixture emulator)
    {
        var ps = PowerShellHost.Create();
        ps.SetVariable("endpoint", emulator.Endpoint.ToString());
        ps.Run($"$aws = @{{ EndpointUrl = $endpoint; AccessKey = '{EmulatorFixture.AccessKey}'; SecretKey = '{EmulatorFixture.SecretKey}'; Region = 'eu-west-1' }}");
        return ps;
    }

    public void Dispose() => _ps.Dispose();

    private (IReadOnlyList<PSObject> Output, IReadOnlyList<ErrorRecord> Errors, IReadOnlyList<ProgressRecord> Progress) Run(string script)
    {
        var (output, errors, _, progress) = _ps.RunWithProgress(script);
        return (output, errors, progress);
    }

    [Fact]
    public void Waits_with_progress_and_emits_the_export_with_what_its_file_holds()
    {
        emulator.State.PutObject("my-import-bucket", "wait-export/wave.csv", Encoding.UTF8.GetBytes(ImportExport.Tests.Inventory.InventoryCatalogue.Valid));
        _ps.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key wait-export/wave.csv @aws -Region us-east-2 -Confirm:$false -Wait -PollInterval 0.01").AssertClean();

        var (output, errors, progress) = Run("Start-MGNExport -S3Bucket my-export-bucket -S3Key wait-export/inventory.csv @aws -Region us-east-2 -Confirm:$false | Wait-MGNExport -PollInterval 0.01 @aws -Region us-east-2");

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.FullyQualifiedErrorId + ": " + e)));
        var task = Assert.IsType<ExportTask>(Assert.Single(output).BaseObject);
        Assert.Equal(("SUCCEEDED", 100.0), (task.Status, task.ProgressPercentage));
        Assert.Equal(3L, task.ServersCount);
        Assert.Contains(progress, p => p.Activity == $"Waiting for MGN export {task.ExportId}" && p.RecordType == ProgressRecordType.Processing);
        Assert.Equal(ProgressRecordType.Completed, progress.Last().RecordType);
    }

    [Fact]
    public void The_export_is_looked_for_in_the_region_of_its_ARN()
    {
        // -Region in $aws says eu-west-1; the export lives in us-west-1 and the wait finds it there.
        var (output, errors, _) = Run("Start-MGNExport -S3Bucket my-export-bucket -S3Key wait-export/region.csv -EndpointUrl $endpoint -AccessKey $aws.AccessKey -SecretKey $aws.SecretKey -Region us-west-1 -Confirm:$false | Wait-MGNExport -PollInterval 0.01 -EndpointUrl $endpoint -AccessKey $aws.AccessKey -SecretKey $aws.SecretKey");

        Assert.Empty(errors);
        Assert.Equal("us-west-1", Assert.IsType<ExportTask>(Assert.Single(output).BaseObject).Region);
    }

    [Fact]
    public void Verbose_says_the_region_came_from_the_exports_ARN()
    {
        // Started outside the session, in a region no other command of the process uses: the session connects to it afresh.
        using var client = ImportExport.Tests.Clients.ClientFactory.Mgn(emulator, "il-central-1");
        var export = client.StartExportAsync(new StartExportRequest { S3Bucket = "my-export-bucket", S3Key = "wait-export/label.csv" }).GetAwaiter().GetResult();
        _ps.SetVariable("arn", export.Arn);

        var result = _ps.Run($"Wait-MGNExport -ExportId {export.ExportId} -ExportArn $arn -PollInterval 0.01 -EndpointUrl $endpoint -AccessKey $aws.AccessKey -SecretKey $aws.SecretKey -Verbose").AssertClean();

        Assert.Contains(result.Verbose, v => v.Message.Contains("signing region il-central-1 (the export's ARN)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failed_export_is_an_error_and_its_final_object_is_still_written()
    {
        var (output, errors, _) = Run("Start-MGNExport -S3Bucket corp-no-such-bucket -S3Key wait-export/failed.csv @aws -Confirm:$false | Wait-MGNExport -PollInterval 0.01 @aws");

        var task = Assert.IsType<ExportTask>(Assert.Single(output).BaseObject);
        Assert.Equal("FAILED", task.Status);
        var error = Assert.Single(errors);
        Assert.Equal("ExportFailed,ImportExport.Cmdlets.WaitMGNExportCommand", error.FullyQualifiedErrorId);
        Assert.Equal(task.ExportId, error.TargetObject);
        var failed = Assert.IsType<ExportFailedException>(error.Exception);
        Assert.Equal(1, failed.ErrorCount);
        Assert.Equal($"Get-MGNExportError -ExportId {task.ExportId}", error.ErrorDetails.RecommendedAction);
        Assert.Contains("1 error(s)", error.ErrorDetails.Message);
    }

    [Fact]
    public void An_unknown_export_is_ExportNotFound()
    {
        var (output, errors, _) = Run("Wait-MGNExport -ExportId export-00000000000000000 -PollInterval 0.01 @aws");

        Assert.Empty(output);
        var error = Assert.Single(errors);
        Assert.Equal("ExportNotFound,ImportExport.Cmdlets.WaitMGNExportCommand", error.FullyQualifiedErrorId);
        Assert.Equal("export-00000000000000000", error.TargetObject);
    }
}
