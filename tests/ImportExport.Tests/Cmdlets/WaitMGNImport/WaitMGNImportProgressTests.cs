using System.Management.Automation;
using ImportExport.Emulator;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.WaitMGNImport;

/// <summary>
/// Wait-MGNImport's progress bar, on an emulator whose imports move only when the test says so: each step is taken
/// after the waiter has shown the one before, so the bar's percentages are what the service reported, whatever the
/// machine's speed (a clock-driven emulator could finish the import before a cold first poll).
/// </summary>
public sealed class WaitMGNImportProgressTests : IClassFixture<ManualImportEmulatorFixture>, IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    private readonly EmulatorServer _server;
    private readonly PowerShellHost _ps = PowerShellHost.Create();

    public WaitMGNImportProgressTests(ManualImportEmulatorFixture emulator)
    {
        _server = emulator.Server;
        _ps.SetVariable("endpoint", _server.BaseUri.ToString());
        _ps.Run($"$aws = @{{ EndpointUrl = $endpoint; AccessKey = '{EmulatorFixture.AccessKey}'; SecretKey = '{EmulatorFixture.SecretKey}'; Region = 'eu-west-1' }}");
    }

    public void Dispose() => _ps.Dispose();

    [Fact]
    public void Wait_emits_the_final_task_and_shows_progress_from_the_percentage()
    {
        var started = _ps.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/servers.csv @aws -Confirm:$false");
        started.AssertCompleted();
        var importId = Assert.IsType<ImportTask>(Assert.Single(started.Output).BaseObject).ImportId!;

        using var ps = System.Management.Automation.PowerShell.Create();
        ps.Runspace = _ps.Runspace;
        ps.AddScript("param($id) Wait-MGNImport -ImportId $id -PollInterval 0.01 @aws", useLocalScope: false).AddArgument(importId);
        // The host runs a pipeline on the thread that invokes it: Wait-MGNImport gets one of its own (with the host's
        // hang guard), and this thread moves the import on as the bar shows each state.
        var waiting = Task.Run(() => _ps.InvokeBounded(ps, "Wait-MGNImport"));

        // PENDING 0 % → STARTED 25 % → STARTED 75 % → SUCCEEDED: one step each time the bar shows the state before it.
        foreach (var before in new[] { 0, 25, 75 })
        {
            WaitForBar(ps, importId, before);
            _server.State.AdvanceImport(importId);
        }

        Assert.True(waiting.Wait(StepTimeout), "Wait-MGNImport did not end after the import succeeded.");
        var output = waiting.Result;

        Assert.Empty(ps.Streams.Error);
        var task = Assert.IsType<ImportTask>(Assert.Single(output).BaseObject);
        Assert.Equal("SUCCEEDED", task.Status);
        Assert.Equal(100, task.ProgressPercentage);
        Assert.Equal(3, task.ServersCreatedCount + task.ServersModifiedCount);
        Assert.NotNull(task.EndDateTime);

        var bars = ps.Streams.Progress.Where(p => p.Activity == $"Waiting for MGN import {importId}").ToList();
        Assert.Contains(bars, p => p.RecordType == ProgressRecordType.Processing && p.PercentComplete == 25);
        Assert.Contains(bars, p => p.RecordType == ProgressRecordType.Processing && p.PercentComplete == 75);
        Assert.All(bars.Where(p => p.RecordType == ProgressRecordType.Processing), p => Assert.InRange(p.PercentComplete, 0, 99));
        Assert.Equal(ProgressRecordType.Completed, bars[^1].RecordType);
    }

    private static void WaitForBar(System.Management.Automation.PowerShell ps, string importId, int percent)
    {
        var deadline = DateTime.UtcNow + StepTimeout;
        while (DateTime.UtcNow < deadline)
        {
            // The indexer and Count take the collection's lock: safe while the pipeline writes.
            for (var i = ps.Streams.Progress.Count - 1; i >= 0; i--)
            {
                var record = ps.Streams.Progress[i];
                if (record.Activity == $"Waiting for MGN import {importId}" && record.RecordType == ProgressRecordType.Processing && record.PercentComplete == percent)
                {
                    return;
                }
            }

            Thread.Sleep(10);
        }

        Assert.Fail($"The progress bar never showed {percent} %; it showed: {string.Join(", ", ps.Streams.Progress.Select(p => $"{p.RecordType} {p.PercentComplete}"))}.");
    }
}
