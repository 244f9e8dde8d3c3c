using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.WaitMGNImport;

/// <summary>Wait-MGNImport and Start-MGNImport -Wait, on an emulator whose imports move on every 40 ms.</summary>
public sealed class WaitMGNImportTests : IClassFixture<SteppingEmulatorFixture>, IDisposable
{
    private readonly SteppingEmulatorFixture _emulator;
    private readonly PowerShellHost _ps = PowerShellHost.Create();

    public WaitMGNImportTests(SteppingEmulatorFixture emulator)
    {
        _emulator = emulator;
        _ps.SetVariable("endpoint", emulator.Endpoint.ToString());
        _ps.Run($"$aws = @{{ EndpointUrl = $endpoint; AccessKey = '{EmulatorFixture.AccessKey}'; SecretKey = '{EmulatorFixture.SecretKey}'; Region = 'eu-west-1' }}");
    }

    private (IReadOnlyList<PSObject> Output, IReadOnlyList<ErrorRecord> Errors, IReadOnlyList<WarningRecord> Warnings, IReadOnlyList<ProgressRecord> Progress) Run(string script) =>
        _ps.RunWithProgress(script);

    [Fact]
    public void A_failed_import_is_an_error_that_counts_the_errors_and_says_how_to_list_them()
    {
        var (output, errors, _, _) = Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/bad-header.csv @aws -Confirm:$false | Wait-MGNImport -PollInterval 0.01 @aws");

        // The final state is output too, whatever it is.
        Assert.Equal("FAILED", Assert.IsType<ImportTask>(Assert.Single(output).BaseObject).Status);
        var error = Assert.Single(errors);
        Assert.Equal("ImportFailed,ImportExport.Cmdlets.WaitMGNImportCommand", error.FullyQualifiedErrorId);
        var failed = Assert.IsType<ImportFailedException>(error.Exception);
        Assert.Equal("FAILED", failed.Import.Status);
        Assert.Equal(4, failed.ErrorCount);
        Assert.Equal(failed.Import.ImportId, error.TargetObject);
        Assert.Contains("4 error(s)", error.ErrorDetails.Message);
        Assert.Contains($"Get-MGNImportError -ImportId {failed.Import.ImportId}", error.ErrorDetails.Message);
        Assert.Equal($"Get-MGNImportError -ImportId {failed.Import.ImportId}", error.ErrorDetails.RecommendedAction);
    }

    [Fact]
    public void A_script_that_silences_the_error_of_a_failed_import_still_reads_its_final_state()
    {
        var (output, errors, _, _) = Run("""
            $t = Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/bad-header.csv @aws -Confirm:$false | Wait-MGNImport -PollInterval 0.01 -ErrorAction SilentlyContinue @aws
            $t.Status, $t.EndDateTime, $t.ServersCreatedCount
            """);

        Assert.Empty(errors);
        Assert.Equal("FAILED", output[0].BaseObject);
        Assert.IsType<DateTime>(output[1].BaseObject);
    }

    [Fact]
    public void A_succeeded_import_with_row_errors_is_output_with_a_warning()
    {
        var (output, errors, warnings, _) = Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/warn.csv @aws -Confirm:$false | Wait-MGNImport -PollInterval 0.01 @aws");

        Assert.Empty(errors);
        var task = Assert.IsType<ImportTask>(Assert.Single(output).BaseObject);
        var warning = Assert.Single(warnings);
        Assert.Contains("2 row(s)", warning.Message);
        Assert.Contains($"Get-MGNImportError -ImportId {task.ImportId}", warning.Message);
    }

    // The "succeeded with row errors" warning: with `ErrorCount > 1` instead of `> 0` the 2-error case above still
    // passed; with `>= 0` a clean import got a warning. One error and none are the edges.
    [Fact]
    public void A_succeeded_import_with_one_row_error_is_output_with_a_warning()
    {
        var (output, errors, warnings, _) = Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/warn1.csv @aws -Confirm:$false | Wait-MGNImport -PollInterval 0.01 @aws");

        Assert.Empty(errors);
        var task = Assert.IsType<ImportTask>(Assert.Single(output).BaseObject);
        Assert.Equal("SUCCEEDED", task.Status);
        Assert.Single(_emulator.State.GetImport(task.ImportId!)!.Errors);
        var warning = Assert.Single(warnings);
        Assert.Contains("1 row(s)", warning.Message);
        Assert.Contains($"Get-MGNImportError -ImportId {task.ImportId}", warning.Message);
    }

    [Fact]
    public void A_succeeded_import_without_row_errors_gives_no_warning()
    {
        var (output, errors, warnings, _) = Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/clean.csv @aws -Confirm:$false | Wait-MGNImport -PollInterval 0.01 @aws");

        Assert.Empty(errors);
        var task = Assert.IsType<ImportTask>(Assert.Single(output).BaseObject);
        Assert.Equal("SUCCEEDED", task.Status);
        Assert.Empty(_emulator.State.GetImport(task.ImportId!)!.Errors);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Start_MGNImport_Wait_waits_the_same_way()
    {
        var (output, errors, _, progress) = Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/servers.csv -Wait -PollInterval 0.01 @aws -Confirm:$false");

        Assert.Empty(errors);
        var task = Assert.IsType<ImportTask>(Assert.Single(output).BaseObject);
        Assert.Equal("SUCCEEDED", task.Status);
        Assert.Contains(progress, p => p.Activity == $"Waiting for MGN import {task.ImportId}");

        var (failedOutput, failures, _, _) = Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/not-csv.csv -Wait -PollInterval 0.01 @aws -Confirm:$false");
        Assert.Equal("ImportFailed,ImportExport.Cmdlets.StartMGNImportCommand", Assert.Single(failures).FullyQualifiedErrorId);
        Assert.Equal("FAILED", Assert.IsType<ImportTask>(Assert.Single(failedOutput).BaseObject).Status);
    }

    [Fact]
    public void Several_imports_are_watched_together()
    {
        var (output, errors, _, _) = Run("""
            $started = 1..3 | ForEach-Object { Start-MGNImport -S3Bucket my-import-bucket -S3Key "imports/wave-$_.csv" @aws -Confirm:$false }
            $started | Wait-MGNImport -PollInterval 0.01 @aws
            """);

        Assert.Empty(errors);
        Assert.Equal(3, output.Count);
        Assert.All(output, o => Assert.Equal("SUCCEEDED", ((ImportTask)o.BaseObject).Status));
        Assert.Equal(3, output.Select(o => ((ImportTask)o.BaseObject).ImportId).Distinct().Count());
    }

    [Fact]
    public void An_import_waited_for_is_offered_by_completion_with_its_final_state()
    {
        var (output, errors, _, _) = Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/clean.csv @aws -Confirm:$false | Wait-MGNImport -PollInterval 0.01 @aws");
        Assert.Empty(errors);
        var task = Assert.IsType<ImportTask>(Assert.Single(output).BaseObject);

        const string line = "Get-MGNImportError -ImportId ";
        var (matches, _, _, _) = Run($"(TabExpansion2 -inputScript '{line}' -cursorColumn {line.Length}).CompletionMatches");

        // Start-MGNImport remembered it PENDING; the wait remembers how it ended, as Wait-MGNExport does for exports.
        var match = Assert.Single(matches.Select(m => (CompletionResult)m.BaseObject), c => c.CompletionText == task.ImportId);
        Assert.Equal("SUCCEEDED import in eu-west-1: s3://my-import-bucket/imports/clean.csv", match.ToolTip);
    }

    public void Dispose() => _ps.Dispose();
}
