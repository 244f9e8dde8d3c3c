using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.WaitMGNImport;

/// <summary>Waiting on imports that do not move (the default emulator fixture steps imports only on request).</summary>
public sealed class WaitMGNImportTimeoutTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Theory]
    [InlineData("0.3")]
    [InlineData("([timespan]::FromMilliseconds(300))")]
    [InlineData("'00:00:00.3'")]
    public void Timing_out_is_a_specific_error_and_the_timeout_takes_seconds_or_a_TimeSpan(string timeout)
    {
        var started = RunClean("Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/slow.csv @aws -Confirm:$false").OutputOf<ImportTask>().Single();
        PS.SetVariable("id", started.ImportId);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = PS.Run($"Wait-MGNImport -ImportId $id -Timeout {timeout} -PollInterval 0.05 @aws");

        // The wait lasted at least the timeout (a lower bound, not a speed target).
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(250), $"gave up after {clock.Elapsed}");
        Assert.Empty(result.Output);
        var error = Assert.Single(result.Errors);
        Assert.Equal("ImportWaitTimeout,ImportExport.Cmdlets.WaitMGNImportCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
        Assert.Equal(started.ImportId, error.TargetObject);
        Assert.Contains("PENDING", error.Exception.Message);
        Assert.Contains("0.3 seconds", error.Exception.Message);
    }

    [Fact]
    public void An_import_that_moves_on_later_is_seen_when_it_ends()
    {
        var started = RunClean("Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/later.csv @aws -Confirm:$false").OutputOf<ImportTask>().Single();
        PS.SetVariable("id", started.ImportId);
        var advance = Task.Run(async () =>
        {
            await Task.Delay(200);
            Emulator.State.AdvanceImport(started.ImportId!, "SUCCEEDED");
        });

        var result = RunClean("Wait-MGNImport -ImportId $id -PollInterval 0.05 -Timeout 20 @aws");

        advance.Wait();
        Assert.Equal("SUCCEEDED", result.OutputOf<ImportTask>().Single().Status);
    }

    [Fact]
    public void An_unknown_import_is_an_error_at_once()
    {
        var result = PS.Run("Wait-MGNImport -ImportId import-00000000000000001 @aws");

        var error = Assert.Single(result.Errors);
        Assert.Equal("ImportNotFound,ImportExport.Cmdlets.WaitMGNImportCommand", error.FullyQualifiedErrorId);
        Assert.Equal("import-00000000000000001", error.TargetObject);
    }

    [Fact]
    public void A_timeout_of_zero_is_refused_before_any_request()
    {
        var before = RequestCount("ListImports");

        var result = PS.Run("Wait-MGNImport -ImportId import-00000000000000001 -Timeout 0 @aws");

        Assert.Equal("InvalidTimeout,ImportExport.Cmdlets.WaitMGNImportCommand", Assert.Single(result.AllErrors).FullyQualifiedErrorId);
        Assert.Equal(before, RequestCount("ListImports"));
    }
}
