using System.Management.Automation;
using ImportExport.Emulator;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.WaitMGNExport;

/// <summary>
/// Wait-MGNExport while its requests fail or hang, exactly as Wait-MGNImport: what the user sees of each failed look and
/// of each retry, how soon a gone endpoint ends the wait, and -Timeout as a deadline for a request in flight.
/// </summary>
public sealed class WaitMGNExportUnderFailuresTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    private string StartExport(string key)
    {
        var started = RunClean($"Start-MGNExport -S3Bucket my-export-bucket -S3Key {key} @aws -Confirm:$false").OutputOf<ExportTask>().Single();
        PS.SetVariable("id", started.ExportId);
        return started.ExportId!;
    }

    [Fact]
    public void A_gone_endpoint_shows_each_failed_look_warns_after_a_few_and_ends_the_wait_without_a_timeout()
    {
        // The emulator is gone: every connection is refused.
        PS.SetVariable("gone", LoopbackServer.RefusingEndpoint());

        var result = PS.Run("Wait-MGNExport -ExportId export-aaaaaaaaaaaaaaaaa -PollInterval 0.01 -MaxRetry 0 -Verbose @aws -EndpointUrl $gone");

        var looks = result.Verbose.Where(v => v.Message.Contains("ListExports failed", StringComparison.Ordinal)).ToList();
        Assert.Equal(TaskWaiter<ExportTask>.MaxUnreachableLooks - 1, looks.Count);
        Assert.All(looks, v => Assert.Contains("could not connect", v.Message));
        Assert.StartsWith("Export(s) export-aaaaaaaaaaaaaaaaa: ListExports failed", looks[0].Message, StringComparison.Ordinal);
        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith("Could not look at MGN export(s) export-aaaaaaaaaaaaaaaaa", warning.Message, StringComparison.Ordinal);
        Assert.Contains($"{TaskWaiter<ExportTask>.FailedLooksBeforeWarning} times in a row", warning.Message);
        var error = Assert.Single(result.AllErrors);
        Assert.StartsWith("ServiceUnreachable,", error.FullyQualifiedErrorId);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void A_look_that_fails_is_in_Verbose_and_the_wait_goes_on_to_the_export()
    {
        var id = StartExport("failures/look-failed.csv");
        Emulator.State.AdvanceExport(id, "SUCCEEDED");
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.InternalError, Service = "mgn", Operation = "ListExports" });

        var result = PS.Run("Wait-MGNExport -ExportId $id -PollInterval 0.01 -MaxRetry 0 -Verbose @aws");

        Assert.Empty(result.AllErrors);
        Assert.Equal("SUCCEEDED", Assert.Single(result.OutputOf<ExportTask>()).Status);
        var look = Assert.Single(result.Verbose, v => v.Message.Contains("ListExports failed", StringComparison.Ordinal));
        Assert.StartsWith($"Export(s) {id}: ListExports failed (InternalServerException, HTTP 500)", look.Message, StringComparison.Ordinal);
        Assert.Contains("1 look(s) in a row; next look in", look.Message);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Each_retry_of_a_look_is_in_Verbose()
    {
        var id = StartExport("failures/retried.csv");
        Emulator.State.AdvanceExport(id, "SUCCEEDED");
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.Throttle, Service = "mgn", Operation = "ListExports", Count = 2 });
        var before = Emulator.State.Faults.Injected.GetValueOrDefault(FaultKind.Throttle);

        var result = PS.Run("Wait-MGNExport -ExportId $id -PollInterval 0.01 -Verbose @aws");

        Assert.Equal(before + 2, Emulator.State.Faults.Injected.GetValueOrDefault(FaultKind.Throttle));
        Assert.Equal("SUCCEEDED", Assert.Single(result.OutputOf<ExportTask>()).Status);
        Assert.Contains(result.Verbose, v => v.Message.StartsWith("ListExports: attempt 1 failed (ThrottlingException, HTTP 429); retry 1 of", StringComparison.Ordinal));
        Assert.Contains(result.Verbose, v => v.Message.StartsWith("ListExports: attempt 2 failed (ThrottlingException, HTTP 429); retry 2 of", StringComparison.Ordinal));
    }

    [Fact]
    public void The_timeout_cancels_a_request_in_flight()
    {
        var id = StartExport("failures/stalled.csv");

        // ListExports answers only after a minute; the wait must end at its 1 s deadline, not when the answer comes.
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.Delay, Service = "mgn", Operation = "ListExports", DelayMs = 60_000, Count = 1 });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = PS.Run("Wait-MGNExport -ExportId $id -Timeout 1 @aws");

        // Well below the delayed answer (a bound the old behaviour could not meet, not a speed target).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"returned after {clock.Elapsed}");
        var error = Assert.Single(result.AllErrors);
        Assert.Equal("ExportWaitTimeout,ImportExport.Cmdlets.WaitMGNExportCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
        Assert.Equal($"No answer about MGN export {id} came within 1 seconds; the request in flight was cancelled.", error.Exception.Message);
        Assert.Contains("The export goes on", error.ErrorDetails.Message);
        Assert.Null(Assert.IsType<ExportWaitTimeoutException>(error.Exception).Export);
    }
}
