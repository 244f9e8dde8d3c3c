using ImportExport.Emulator;
using ImportExport.IE;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.GetIEJob;

/// <summary>Get-IEJob -IncludeStatus: every job with its status, in listing order, fetched a few at a time.</summary>
public sealed class GetIEJobIncludeStatusTests : ModuleTestBase, IClassFixture<EmulatorFixture>
{
    private readonly List<string> _newestFirst;

    public GetIEJobIncludeStatusTests(EmulatorFixture emulator)
        : base(emulator)
    {
        while (Emulator.State.JobCount < 8)
        {
            CreateJob();
        }

        _newestFirst = RunClean("Get-IEJob @aws").OutputOf<JobSummary>().Select(j => j.JobId!).ToList();
    }

    [Fact]
    public void Each_job_comes_with_its_status_in_listing_order_as_one_flat_row()
    {
        var canceled = _newestFirst[1];
        var returned = _newestFirst[2];
        PS.SetVariable("canceled", canceled);
        RunClean("Stop-IEJob -JobId $canceled -Force @aws");
        Emulator.State.AdvanceJob(returned, "Returned");

        var result = RunClean("Get-IEJob -IncludeStatus -PageSize 3 @aws");

        var rows = result.OutputOf<JobOverview>();
        Assert.Equal(_newestFirst, rows.Select(r => r.JobId));
        Assert.True(rows.Single(r => r.JobId == canceled).IsCanceled);
        Assert.Equal("Canceled", rows.Single(r => r.JobId == canceled).ProgressCode);
        var shipped = rows.Single(r => r.JobId == returned);
        Assert.Equal("Returned", shipped.LocationCode);
        Assert.False(string.IsNullOrEmpty(shipped.TrackingNumber));
        Assert.All(rows, r => Assert.IsType<DateTime>(r.CreationDate!.Value));
        Assert.All(rows, r => Assert.Equal("Import", r.JobType));

        // Flat: every property is a scalar a CSV cell can hold (the artifact list reads as text).
        Assert.All(result.Output[0].Properties, p => Assert.True(
            p.Value is null or string or bool or int or DateTime or JobType || p.Value is ArtifactList,
            $"{p.Name} is {p.Value?.GetType()}"));
    }

    [Fact]
    public void First_and_Skip_limit_the_statuses_fetched()
    {
        var before = RequestCount("GetStatus");

        var rows = RunClean("Get-IEJob -IncludeStatus -Skip 2 -First 3 @aws").OutputOf<JobOverview>();

        Assert.Equal(_newestFirst.Skip(2).Take(3), rows.Select(r => r.JobId));
        Assert.Equal(before + 3, RequestCount("GetStatus"));
    }

    [Fact]
    public void Statuses_are_fetched_concurrently_within_ThrottleLimit()
    {
        // Each GetStatus is held 300 ms, so requests sent together are seen together by the service. The bound is
        // checked by what the service saw, never by a stopwatch.
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.Delay, Service = "importexport", Operation = "GetStatus", DelayMs = 300, Count = 8 });
        Emulator.State.Concurrency.Reset();

        var rows = RunClean("Get-IEJob -IncludeStatus -First 8 -ThrottleLimit 4 @aws").OutputOf<JobOverview>();

        Assert.Equal(_newestFirst.Take(8), rows.Select(r => r.JobId));
        Assert.InRange(Emulator.State.Concurrency.MaxInFlight("GetStatus"), 2, 4);
    }

    [Fact]
    public void ThrottleLimit_1_fetches_one_status_at_a_time()
    {
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.Delay, Service = "importexport", Operation = "GetStatus", DelayMs = 100, Count = 4 });
        Emulator.State.Concurrency.Reset();

        var rows = RunClean("Get-IEJob -IncludeStatus -First 4 -ThrottleLimit 1 @aws").OutputOf<JobOverview>();

        Assert.Equal(4, rows.Count);
        Assert.Equal(1, Emulator.State.Concurrency.MaxInFlight("GetStatus"));
    }

    [Fact]
    public void A_status_that_fails_is_one_error_and_the_other_jobs_still_report()
    {
        // One 500 for the first GetStatus, and no retry to absorb it.
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.InternalError, Service = "importexport", Operation = "GetStatus", Count = 1 });

        var result = PS.Run("Get-IEJob -IncludeStatus -ThrottleLimit 1 -First 4 -MaxRetry 0 @aws");

        result.AssertCompleted();
        var error = Assert.Single(result.Errors);
        Assert.Equal(_newestFirst[0], error.TargetObject);
        Assert.StartsWith("InternalError", error.FullyQualifiedErrorId);
        Assert.Equal(_newestFirst.Skip(1).Take(3), result.OutputOf<JobOverview>().Select(r => r.JobId));
    }

    [Fact]
    public void Each_retry_of_a_status_call_is_in_Verbose()
    {
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.Throttle, Service = "importexport", Operation = "GetStatus", Count = 2 });
        var before = Emulator.State.Faults.Injected.GetValueOrDefault(FaultKind.Throttle);

        var result = RunClean("Get-IEJob -IncludeStatus -First 3 -ThrottleLimit 2 -Verbose @aws");

        Assert.Equal(before + 2, Emulator.State.Faults.Injected.GetValueOrDefault(FaultKind.Throttle));
        Assert.Equal(3, result.OutputOf<JobOverview>().Count);
        var retries = result.Verbose.Where(v => v.Message.StartsWith("GetStatus: attempt ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, retries.Count);
        Assert.All(retries, v => Assert.Contains("failed (Throttling, HTTP 400); retry ", v.Message));
    }

    [Fact]
    public void Without_IncludeStatus_the_listing_is_unchanged()
    {
        var before = RequestCount("GetStatus");

        var result = RunClean("Get-IEJob @aws");

        Assert.Equal(_newestFirst, result.OutputOf<JobSummary>().Select(j => j.JobId));
        Assert.Empty(result.OutputOf<JobOverview>());
        Assert.Equal(before, RequestCount("GetStatus"));
    }

    [Fact]
    public void The_default_view_is_a_table_of_status_at_a_glance()
    {
        var text = PS.RunToText("Get-IEJob -IncludeStatus -First 2 @aws");

        // IsCanceled is left to Format-List: ProgressCode says Canceled, and the table fits 80 columns without it.
        foreach (var column in new[] { "JobId", "JobType", "LocationCode", "ProgressCode", "TrackingNumber", _newestFirst[0] })
        {
            Assert.Contains(column, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("ImportExport.IE.JobOverview", text, StringComparison.Ordinal);
    }
}
