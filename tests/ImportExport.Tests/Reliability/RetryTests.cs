using ImportExport.Emulator;
using ImportExport.IE;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Reliability;

/// <summary>
/// What AWSSDK.Core's retry policy retries through our clients, seen from the cmdlets: the emulator injects the
/// fault, its request log shows every attempt, -Verbose shows every retry.
/// </summary>
public sealed class RetryTests(ReliabilityEmulator emulator) : ReliabilityTestBase(emulator), IClassFixture<ReliabilityEmulator>
{
    [Theory]
    [InlineData(FaultKind.Throttle, "Throttling, HTTP 400")]
    [InlineData(FaultKind.InternalError, "InternalError, HTTP 500")]
    [InlineData(FaultKind.ServiceUnavailable, "HTTP 503")]
    [InlineData(FaultKind.DropConnection, "connection")]
    public void Import_Export_faults_are_retried_and_each_retry_is_shown_with_Verbose(FaultKind kind, string shown)
    {
        var jobId = NewJob();
        Emulator.State.ClearRequests();
        Emulator.State.InjectFault(new FaultSpec { Kind = kind, Service = "importexport", Operation = "GetStatus", Count = 2 });

        var result = RunClean("Get-IEJobStatus -JobId $args[0] @aws -Verbose", jobId);
        Assert.Equal(jobId, result.OutputOf<JobStatus>().Single().JobId);
        Assert.Equal(3, Emulator.Requests("GetStatus").Count);
        var retries = result.Verbose.Select(v => v.Message).Where(m => m.StartsWith("GetStatus: attempt", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, retries.Count);
        Assert.All(retries, m => Assert.Contains(shown, m));
    }

    [Theory]
    [InlineData(FaultKind.Throttle, "ThrottlingException, HTTP 429")]
    [InlineData(FaultKind.InternalError, "HTTP 500")]
    [InlineData(FaultKind.ServiceUnavailable, "HTTP 503")]
    public void MGN_faults_are_retried(FaultKind kind, string shown)
    {
        Emulator.State.InjectFault(new FaultSpec { Kind = kind, Service = "mgn", Operation = "StartImport", Count = 2 });
        var key = $"retry/{kind}.csv";

        var result = RunClean("Start-MGNImport -S3Bucket my-import-bucket -S3Key $args[0] @aws -Confirm:$false -Verbose", key);
        Assert.Single(result.OutputOf<ImportTask>());
        var attempts = Emulator.Requests("StartImport").Where(r => r.BodyText.Contains(key, StringComparison.Ordinal)).ToList();
        Assert.Equal(3, attempts.Count);
        Assert.Single(attempts.Select(r => r.Parameters["clientToken"]).Distinct());
        Assert.Equal(2, result.Verbose.Count(v => v.Message.StartsWith("StartImport: attempt", StringComparison.Ordinal) && v.Message.Contains(shown, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_non_retryable_error_is_sent_once()
    {
        Emulator.State.ClearRequests();

        var result = PS.Run("Get-IEJobStatus -JobId NOJOB @aws -Verbose");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("InvalidJobIdException,", error.FullyQualifiedErrorId);
        Assert.Single(Emulator.Requests("GetStatus"));
        Assert.DoesNotContain(result.Verbose, v => v.Message.StartsWith("GetStatus: attempt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_non_retryable_MGN_error_is_sent_once()
    {
        var before = Emulator.Requests("StartImport").Count;

        var result = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key ok.csv -ClientToken same-token @aws -Confirm:$false; Start-MGNImport -S3Bucket my-import-bucket -S3Key other.csv -ClientToken same-token @aws -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("ConflictException,", error.FullyQualifiedErrorId);
        Assert.Equal(before + 2, Emulator.Requests("StartImport").Count);
    }

    [Theory]
    [InlineData(null, 3)]
    [InlineData(0, 1)]
    [InlineData(4, 5)]
    public void Retries_stop_at_the_attempt_limit_and_the_last_error_is_reported(int? maxRetry, int attempts)
    {
        var jobId = NewJob();
        Emulator.State.ClearRequests();
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.Throttle, Service = "importexport", Operation = "GetStatus", Count = 50 });
        try
        {
            var result = maxRetry is null
                ? PS.Run("Get-IEJobStatus -JobId $args[0] @aws -Verbose", jobId)
                : PS.Run("Get-IEJobStatus -JobId $args[0] @aws -MaxRetry $args[1] -Verbose", jobId, maxRetry);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("Throttling,", error.FullyQualifiedErrorId);
            Assert.Equal(System.Management.Automation.ErrorCategory.LimitsExceeded, error.CategoryInfo.Category);
            Assert.Equal(jobId, error.TargetObject);
            Assert.Equal(attempts, Emulator.Requests("GetStatus").Count);
            Assert.Equal(attempts - 1, result.Verbose.Count(v => v.Message.StartsWith("GetStatus: attempt", StringComparison.Ordinal)));
            Assert.Contains(result.Verbose, v => v.Message.Contains($"at most {attempts} attempt(s)", StringComparison.Ordinal));
        }
        finally
        {
            Emulator.State.ClearFaults();
        }
    }

    [Fact]
    public void MaxRetry_zero_also_stops_the_immediate_resend_on_a_closed_connection()
    {
        var jobId = NewJob();
        Emulator.State.ClearRequests();
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.DropConnection, Service = "importexport", Operation = "GetStatus", Count = 1 });

        var result = PS.Run("Get-IEJobStatus -JobId $args[0] @aws -MaxRetry 0", jobId);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("ServiceUnreachable,", error.FullyQualifiedErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.ConnectionError, error.CategoryInfo.Category);
        Assert.Single(Emulator.Requests("GetStatus"));
    }

    [Fact]
    public void An_endpoint_that_resets_every_connection_gets_as_many_attempts_as_the_settings_allow_and_each_is_counted()
    {
        using var proxy = FaultProxy.Start(Emulator.Endpoint);
        UseEndpoint(proxy.Endpoint);
        for (var i = 0; i < 20; i++)
        {
            proxy.Next(ProxyAction.ResetBeforeForward, "GetStatus");
        }

        var result = PS.Run("Get-IEJobStatus -JobId ABCDE @aws -Verbose");

        // One count: no uncounted immediate resends, so requests, notices and the error agree on 3.
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("ServiceUnreachable,", error.FullyQualifiedErrorId);
        Assert.Equal(3, proxy.Received.Count(r => r.Operation == "GetStatus"));
        var notices = result.Verbose.Select(v => v.Message).Where(m => m.StartsWith("GetStatus: attempt", StringComparison.Ordinal)).ToList();
        Assert.Equal(["GetStatus: attempt 1", "GetStatus: attempt 2"], notices.Select(m => m[.."GetStatus: attempt 1".Length]));
        Assert.Contains("after 3 attempt(s)", error.Exception.Message);
    }

    [Fact]
    public void Core_sends_the_attempt_number_with_every_retry()
    {
        var jobId = NewJob();
        Emulator.State.ClearRequests();
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.InternalError, Service = "importexport", Operation = "GetStatus", Count = 2 });

        var result = PS.Run("Get-IEJobStatus -JobId $args[0] @aws", jobId);

        Assert.Empty(result.Errors);
        var headers = Emulator.Requests("GetStatus").Select(r => r.Headers["amz-sdk-request"]).ToList();
        Assert.Equal(["attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"], headers);
        Assert.Single(Emulator.Requests("GetStatus").Select(r => r.Headers["amz-sdk-invocation-id"]).Distinct());
    }
}
