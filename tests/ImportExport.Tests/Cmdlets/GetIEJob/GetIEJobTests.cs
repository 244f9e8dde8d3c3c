using ImportExport.IE;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.GetIEJob;

/// <summary>Get-IEJob's automatic paging, as seen by the user and by the service.</summary>
public sealed class GetIEJobTests : ModuleTestBase, IClassFixture<EmulatorFixture>
{
    private readonly List<string> _newestFirst;

    public GetIEJobTests(EmulatorFixture emulator)
        : base(emulator)
    {
        if (emulator.State.JobCount < 7)
        {
            for (var i = emulator.State.JobCount; i < 7; i++)
            {
                NewJob();
            }
        }

        _newestFirst = PS.Run("Get-IEJob @aws").OutputOf<JobSummary>().Select(j => j.JobId!).ToList();
    }

    [Fact]
    public void Lists_every_job_newest_first_across_pages()
    {
        var result = PS.Run("Get-IEJob -PageSize 2 @aws");

        Assert.Equal(_newestFirst, result.OutputOf<JobSummary>().Select(j => j.JobId));
        Assert.All(result.OutputOf<JobSummary>(), j => Assert.IsType<DateTime>(j.CreationDate!.Value));
    }

    [Fact]
    public void First_stops_requesting_pages_once_enough_jobs_are_out()
    {
        var before = RequestCount("ListJobs");

        var result = PS.Run("Get-IEJob -PageSize 2 -First 3 @aws");

        Assert.Equal(_newestFirst.Take(3), result.OutputOf<JobSummary>().Select(j => j.JobId));
        Assert.Equal(before + 2, RequestCount("ListJobs"));
    }

    [Fact]
    public void Skip_skips_jobs_across_page_boundaries()
    {
        var result = PS.Run("Get-IEJob -PageSize 2 -Skip 3 -First 2 @aws");

        Assert.Equal(_newestFirst.Skip(3).Take(2), result.OutputOf<JobSummary>().Select(j => j.JobId));
    }

    [Fact]
    public void NoAutoIteration_requests_one_page_and_says_how_to_continue()
    {
        var before = RequestCount("ListJobs");

        var result = PS.Run("Get-IEJob -PageSize 2 -NoAutoIteration -Verbose @aws");

        Assert.Equal(2, result.OutputOf<JobSummary>().Count);
        Assert.Equal(before + 1, RequestCount("ListJobs"));
        Assert.Contains(result.Verbose, v => v.Message.Contains($"-Marker {_newestFirst[1]}"));
    }

    [Fact]
    public void Marker_starts_after_the_given_job()
    {
        PS.SetVariable("marker", _newestFirst[2]);

        var result = PS.Run("Get-IEJob -Marker $marker @aws");

        Assert.Equal(_newestFirst.Skip(3), result.OutputOf<JobSummary>().Select(j => j.JobId));
    }

    [Fact]
    public void Listed_jobs_filter_and_pipe_into_Get_IEJobStatus()
    {
        var result = PS.Run("Get-IEJob @aws | Where-Object JobType -eq Import | Get-IEJobStatus @aws");

        Assert.Equal(_newestFirst, result.OutputOf<JobStatus>().Select(s => s.JobId));
    }

    [Fact]
    public void IncludeTotalCount_reports_the_exact_total_first_when_the_listing_ran_to_the_end()
    {
        var result = PS.Run("Get-IEJob -IncludeTotalCount @aws");

        Assert.Equal(_newestFirst.Count, result.OutputOf<JobSummary>().Count);
        Assert.Equal((ulong)_newestFirst.Count, Assert.IsType<ulong>(result.Output.First().BaseObject));
    }

    // Issue 23, item 4: -First that stopped writing within the last page once reported a wrong exact total (the jobs
    // written plus one).
    [Theory]
    [InlineData("-First 1")]
    [InlineData("-Skip 2 -First 2")]
    [InlineData("-First 2 -IncludeStatus")]
    public void IncludeTotalCount_is_exact_when_the_last_page_was_read_even_if_First_stopped_the_output_earlier(string window)
    {
        var total = TotalCountOf($"Get-IEJob {window} -IncludeTotalCount @aws");

        Assert.Equal(((ulong)_newestFirst.Count, 1.0, $"Total count: {_newestFirst.Count}"), total);
    }

    [Theory]
    [InlineData("-PageSize 2 -First 3")]
    [InlineData("-PageSize 2 -NoAutoIteration")]
    public void IncludeTotalCount_is_unknown_when_pages_were_left_unread(string window)
    {
        var (_, accuracy, shown) = TotalCountOf($"Get-IEJob {window} -IncludeTotalCount @aws");

        Assert.Equal((0.0, "Unknown total count"), (accuracy, shown));
    }

    // The count object's text comes from a script method PowerShell adds, so it is read in the session.
    private (ulong Count, double Accuracy, string Shown) TotalCountOf(string command)
    {
        var values = RunClean($"$total = @({command})[0]; [ulong]$total; [double]$total.Accuracy; $total.ToString()").Output.Select(o => o.BaseObject).ToList();
        return ((ulong)values[0], (double)values[1], (string)values[2]);
    }
}
