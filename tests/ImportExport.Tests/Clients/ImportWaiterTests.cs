using ImportExport.Mgn;

namespace ImportExport.Tests.Clients;

/// <summary>
/// The waiting shared by Wait-MGNImport and Start-MGNImport -Wait, on a fake clock: the schedule, the timeout and the
/// batching are checked without sleeping at all.
/// </summary>
public sealed class ImportWaiterTests
{
    private TimeSpan _now;
    private readonly List<TimeSpan> _pauses = [];
    private readonly List<int> _batches = [];

    private ImportWaiter Waiter(Func<string, int, ImportTask?> state, int errorCount = 0) =>
        new(
            (ids, _) =>
            {
                _batches.Add(ids.Count);
                var look = _pauses.Count;
                return Task.FromResult<IReadOnlyList<ImportTask>>(ids.Select(id => state(id, look)).OfType<ImportTask>().ToList());
            },
            (_, _) => Task.FromResult(errorCount),
            (pause, _) =>
            {
                _pauses.Add(pause);
                _now += pause;
                return Task.CompletedTask;
            },
            () => _now);

    private static ImportTask Task_(string id, string status, double percent) => new() { ImportId = id, Status = status, ProgressPercentage = percent };

    [Fact]
    public void The_pause_starts_at_one_second_grows_by_half_and_stops_growing_at_fifteen()
    {
        var pauses = new ImportWaitOptions().Intervals().Take(10).Select(p => p.TotalSeconds);

        Assert.Equal([1, 1.5, 2.25, 3.375, 5.0625, 7.59375, 11.390625, 15, 15, 15], pauses);
    }

    [Fact]
    public void A_fixed_interval_replaces_the_backoff()
    {
        var options = new ImportWaitOptions { FixedInterval = TimeSpan.FromMilliseconds(250) };

        Assert.All(options.Intervals().Take(5), p => Assert.Equal(TimeSpan.FromMilliseconds(250), p));
    }

    [Fact]
    public void Reports_each_look_and_the_end_with_the_error_count()
    {
        string[] path = ["PENDING", "STARTED", "STARTED", "SUCCEEDED"];
        double[] percent = [0, 25, 75, 100];
        var waiter = Waiter((id, look) => Task_(id, path[look], percent[look]), errorCount: 2);

        var events = waiter.Wait(["import-aaaaaaaaaaaaaaaaa"], new ImportWaitOptions(), CancellationToken.None).ToList();

        Assert.Equal(
            [ImportWaitEventKind.Progress, ImportWaitEventKind.Progress, ImportWaitEventKind.Progress, ImportWaitEventKind.Finished],
            events.Select(e => e.Kind));
        Assert.Equal([0d, 25, 75, 100], events.Select(e => e.Task!.ProgressPercentage!.Value));
        Assert.Equal(2, events[^1].ErrorCount);
        Assert.Equal([1, 1.5, 2.25], _pauses.Select(p => p.TotalSeconds));
        Assert.Equal(TimeSpan.FromSeconds(1), events[0].NextCheckIn);
    }

    [Fact]
    public void The_timeout_ends_the_wait_at_the_deadline_without_real_sleeping()
    {
        var waiter = Waiter((id, _) => Task_(id, "STARTED", 25));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var events = waiter.Wait(["import-aaaaaaaaaaaaaaaaa"], new ImportWaitOptions { Timeout = TimeSpan.FromSeconds(10) }, CancellationToken.None).ToList();

        // Real sleeping would take the full 10 s; the injected delay takes none (a guard, not a speed target).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(9), "no real sleeping");
        var last = events[^1];
        Assert.Equal(ImportWaitEventKind.TimedOut, last.Kind);
        Assert.Equal("STARTED", last.Task!.Status);
        Assert.Equal(TimeSpan.FromSeconds(10), last.Elapsed);

        // 1 + 1.5 + 2.25 + 3.375 = 8.125, then only the 1.875 left before the deadline; one last look at it.
        Assert.Equal([1, 1.5, 2.25, 3.375, 1.875], _pauses.Select(p => p.TotalSeconds));
        Assert.Equal(_pauses.Count + 1, _batches.Count);
    }

    [Fact]
    public void Ids_are_asked_for_ten_at_a_time_and_unknown_ones_are_reported()
    {
        var ids = Enumerable.Range(0, 23).Select(i => $"import-{i:D17}").ToList();
        var waiter = Waiter((id, _) => id.EndsWith("22", StringComparison.Ordinal) ? null : Task_(id, "SUCCEEDED", 100));

        var events = waiter.Wait(ids, new ImportWaitOptions(), CancellationToken.None).ToList();

        Assert.Equal([10, 10, 3], _batches);
        Assert.Empty(_pauses);
        Assert.Equal(22, events.Count(e => e.Kind == ImportWaitEventKind.Finished));
        Assert.Equal(ids[22], Assert.Single(events, e => e.Kind == ImportWaitEventKind.NotFound).Id);
    }

    [Fact]
    public void Imports_that_end_stop_being_asked_about()
    {
        var waiter = Waiter((id, look) => id.EndsWith('a') || look >= 2 ? Task_(id, "SUCCEEDED", 100) : Task_(id, "STARTED", 50));

        var events = waiter.Wait(["import-aaaaaaaaaaaaaaaaa", "import-bbbbbbbbbbbbbbbbb"], new ImportWaitOptions(), CancellationToken.None).ToList();

        Assert.Equal([2, 1, 1], _batches);
        Assert.Equal(2, events.Count(e => e.Kind == ImportWaitEventKind.Finished));
    }
}
