using System.Management.Automation;
using ImportExport.Emulator;
using ImportExport.IE;

namespace ImportExport.Tests.Reliability;

/// <summary>Timeouts (a short HTTP timeout against the emulator's Delay fault) and a client clock that is off.</summary>
public sealed class TimeoutTests : ReliabilityTestBase, IClassFixture<TimeoutTests.ImpatientEmulator>
{
    public TimeoutTests(ImpatientEmulator emulator)
        : base(emulator)
    {
    }

    public sealed class ImpatientEmulator : ReliabilityEmulator
    {
        public ImpatientEmulator() => HttpTimeout = TimeSpan.FromSeconds(1);
    }

    [Fact]
    public void A_request_that_times_out_is_retried()
    {
        var jobId = NewJob();
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.Delay, Service = "importexport", Operation = "GetStatus", Count = 1, DelayMs = 5000 });

        var result = PS.Run("Get-IEJobStatus -JobId $args[0] @aws -Verbose", jobId);

        Assert.Empty(result.Errors);
        Assert.Equal(jobId, Assert.Single(result.OutputOf<JobStatus>()).JobId);
        Assert.Contains(result.Verbose, v => v.Message.StartsWith("GetStatus: attempt 1 failed (TimeoutException", StringComparison.Ordinal));
    }

    [Fact]
    public void A_request_that_always_times_out_ends_in_ServiceTimeout()
    {
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.Delay, Service = "importexport", Operation = "GetStatus", Count = 2, DelayMs = 5000 });

        var result = PS.Run("Get-IEJobStatus -JobId ABCDE @aws -MaxRetry 1");

        var error = Assert.Single(result.Errors);
        Assert.Equal("ServiceTimeout,ImportExport.Cmdlets.GetIEJobStatusCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
        Assert.Contains("after 2 attempt(s)", error.Exception.Message);
    }

    [Fact]
    public void CreateJob_that_times_out_is_not_resent()
    {
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.Delay, Service = "importexport", Operation = "CreateJob", Count = 1, DelayMs = 5000 });
        var before = Emulator.Requests("CreateJob").Count;

        var result = PS.Run("New-IEJob -JobType Import -Manifest $manifest @aws -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("CreateJobOutcomeUnknown,", error.FullyQualifiedErrorId);
        Assert.Contains("no answer came before the timeout", error.ErrorDetails.Message);
        Assert.Equal(before + 1, Emulator.Requests("CreateJob").Count);
    }
}
