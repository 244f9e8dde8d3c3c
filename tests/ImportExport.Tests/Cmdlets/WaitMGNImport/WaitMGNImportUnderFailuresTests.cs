using System.Management.Automation;
using ImportExport.Emulator;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.WaitMGNImport;

/// <summary>
/// Wait-MGNImport while its requests fail or hang: what the user sees of each failed look and of each retry, how soon
/// a gone endpoint ends the wait, and -Timeout as a deadline for a request in flight.
/// </summary>
public sealed class WaitMGNImportUnderFailuresTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    private string StartImport(string key)
    {
        var started = RunClean($"Start-MGNImport -S3Bucket my-import-bucket -S3Key {key} @aws -Confirm:$false").OutputOf<ImportTask>().Single();
        PS.SetVariable("id", started.ImportId);
        return started.ImportId!;
    }

    [Fact]
    public void A_gone_endpoint_shows_each_failed_look_warns_after_a_few_and_ends_the_wait_without_a_timeout()
    {
        // The emulator is gone: every connection is refused.
        PS.SetVariable("gone", LoopbackServer.RefusingEndpoint());

        var result = PS.Run("Wait-MGNImport -ImportId import-aaaaaaaaaaaaaaaaa -PollInterval 0.01 -MaxRetry 0 -Verbose @aws -EndpointUrl $gone");

        var looks = result.Verbose.Where(v => v.Message.Contains("ListImports failed", StringComparison.Ordinal)).ToList();
        Assert.Equal(ImportWaiter.MaxUnreachableLooks - 1, looks.Count);
        Assert.All(looks, v => Assert.Contains("could not connect", v.Message));
        Assert.Contains("import-aaaaaaaaaaaaaaaaa", looks[0].Message);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains($"{ImportWaiter.FailedLooksBeforeWarning} times in a row", warning.Message);
        Assert.Contains("import-aaaaaaaaaaaaaaaaa", warning.Message);
        var error = Assert.Single(result.AllErrors);
        Assert.StartsWith("ServiceUnreachable,", error.FullyQualifiedErrorId);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Each_retry_of_a_look_is_in_Verbose()
    {
        var id = StartImport("imports/retried.csv");
        Emulator.State.AdvanceImport(id, "SUCCEEDED");
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.Throttle, Service = "mgn", Operation = "ListImports", Count = 2 });
        var before = Emulator.State.Faults.Injected.GetValueOrDefault(FaultKind.Throttle);

        var result = PS.Run("Wait-MGNImport -ImportId $id -PollInterval 0.01 -Verbose @aws");

        Assert.Equal(before + 2, Emulator.State.Faults.Injected.GetValueOrDefault(FaultKind.Throttle));
        Assert.Equal("SUCCEEDED", Assert.Single(result.OutputOf<ImportTask>()).Status);
        Assert.Contains(result.Verbose, v => v.Message.StartsWith("ListImports: attempt 1 failed (ThrottlingException, HTTP 429); retry 1 of", StringComparison.Ordinal));
        Assert.Contains(result.Verbose, v => v.Message.StartsWith("ListImports: attempt 2 failed (ThrottlingException, HTTP 429); retry 2 of", StringComparison.Ordinal));
    }

    [Fact]
    public void The_timeout_cancels_a_request_in_flight()
    {
        StartImport("imports/stalled.csv");

        // ListImports answers only after a minute; the wait must end at its 1 s deadline, not when the answer comes.
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.Delay, Service = "mgn", Operation = "ListImports", DelayMs = 60_000, Count = 1 });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = PS.Run("Wait-MGNImport -ImportId $id -Timeout 1 @aws");

        // Well below the delayed answer (a bound the old behaviour could not meet, not a speed target).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"returned after {clock.Elapsed}");
        var error = Assert.Single(result.AllErrors);
        Assert.Equal("ImportWaitTimeout,ImportExport.Cmdlets.WaitMGNImportCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
        Assert.Contains("request in flight was cancelled", error.Exception.Message);
    }
}
