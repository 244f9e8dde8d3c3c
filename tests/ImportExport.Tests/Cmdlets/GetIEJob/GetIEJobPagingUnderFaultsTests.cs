using System.Management.Automation;
using ImportExport.Emulator;
using ImportExport.IE;
using ImportExport.Tests.Infrastructure;
using ImportExport.Tests.Reliability;

namespace ImportExport.Tests.Cmdlets.GetIEJob;

/// <summary>
/// Get-IEJob pages through ListJobs. When a page fails after every retry, the jobs already written stay written and
/// the error says which -Marker resumes the listing; resuming yields exactly the rest.
/// </summary>
public sealed class GetIEJobPagingUnderFaultsTests : ReliabilityTestBase, IClassFixture<GetIEJobPagingUnderFaultsTests.SeededEmulator>
{
    public GetIEJobPagingUnderFaultsTests(SeededEmulator emulator)
        : base(emulator)
    {
    }

    public sealed class SeededEmulator : ReliabilityEmulator
    {
        public SeededEmulator() => Options.SeedJobs = 25;
    }

    [Fact]
    public void A_page_that_keeps_failing_stops_the_listing_with_the_marker_that_resumes_it()
    {
        var all = PS.Run("Get-IEJob @aws").OutputOf<JobSummary>().Select(j => j.JobId!).ToList();
        Assert.Equal(25, all.Count);

        // Pages after the first (they carry a Marker) get a load balancer's 503, on every attempt.
        using var proxy = FaultProxy.Start(Emulator.Endpoint);
        proxy.Rule = request => request.Operation == "ListJobs" && request.BodyText.Contains("Marker=", StringComparison.Ordinal) ? ProxyAction.LoadBalancer503 : null;
        UseEndpoint(proxy.Endpoint);

        var result = PS.Run("Get-IEJob @aws -PageSize 10 -Verbose");

        result.AssertCompleted();
        var written = result.OutputOf<JobSummary>().Select(j => j.JobId!).ToList();
        Assert.Equal(all.Take(10), written);
        Assert.Equal(2, result.Errors.Count);
        Assert.StartsWith("ServiceUnavailable,", result.Errors[0].FullyQualifiedErrorId);
        var interrupted = result.Errors[1];
        Assert.Equal("ListingInterrupted,ImportExport.Cmdlets.GetIEJobCommand", interrupted.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.OperationStopped, interrupted.CategoryInfo.Category);
        Assert.Equal(written[^1], interrupted.TargetObject);
        Assert.Contains($"Get-IEJob -Marker {written[^1]}", interrupted.ErrorDetails.Message);
        Assert.Equal($"Get-IEJob -Marker {written[^1]}", interrupted.ErrorDetails.RecommendedAction);
        Assert.Equal(3, proxy.Received.Count(r => r.BodyText.Contains("Marker=", StringComparison.Ordinal)));
        Assert.Equal(2, result.Verbose.Count(v => v.Message.StartsWith("ListJobs: attempt", StringComparison.Ordinal)));

        // Resuming where the error says gives exactly the rest.
        proxy.Rule = null;
        var rest = PS.Run("Get-IEJob @aws -PageSize 10 -Marker $args[0]", written[^1]);
        Assert.Empty(rest.Errors);
        Assert.Equal(all, written.Concat(rest.OutputOf<JobSummary>().Select(j => j.JobId!)).ToList());
    }

    [Fact]
    public void Faults_that_retries_absorb_do_not_lose_or_repeat_jobs()
    {
        var all = PS.Run("Get-IEJob @aws").OutputOf<JobSummary>().Select(j => j.JobId!).ToList();
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.Throttle, Service = "importexport", Operation = "ListJobs", Rate = 0.3, Seed = 7 });
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.DropAfterCommit, Service = "importexport", Operation = "ListJobs", Rate = 0.2, Seed = 8 });
        try
        {
            var result = PS.Run("Get-IEJob @aws -PageSize 3 -MaxRetry 10");

            Assert.Empty(result.Errors);
            Assert.Equal(all, result.OutputOf<JobSummary>().Select(j => j.JobId!).ToList());
        }
        finally
        {
            Emulator.State.ClearFaults();
        }
    }

    [Fact]
    public void A_first_page_that_fails_reports_the_service_error_only()
    {
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.InternalError, Service = "importexport", Operation = "ListJobs", Count = 3 });

        var result = PS.Run("Get-IEJob @aws");

        Assert.Empty(result.Output);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("InternalError,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
    }
}
