using System.Reflection;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using ImportExport.Emulator;
using ImportExport.IE;
using ImportExport.Runtime;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Reliability;

/// <summary>
/// Issue 24, item 11, end to end: in one session, many commands that fail after every retry (every ListJobs answers
/// HTTP 500) leave the next command every attempt its -MaxRetry allows, and a paged listing that meets failures
/// afterwards still completes. AWSSDK.Core held the standard mode's retry quota (500 units, 5 a retry) once per process
/// and service URL: after 50 such commands of -MaxRetry 2, every later command of the session made one attempt.
/// </summary>
[Collection(PowerShellHost.ProcessEnvironmentCollection)]
public sealed class RetryBudgetSessionTests(RetryBudgetSessionTests.SeededEmulator emulator)
    : ReliabilityTestBase(emulator), IClassFixture<RetryBudgetSessionTests.SeededEmulator>
{
    private const int FailingCommands = 60;

    public sealed class SeededEmulator : ReliabilityEmulator
    {
        public SeededEmulator() => Options.SeedJobs = 40;
    }

    [Fact]
    public void After_sixty_commands_that_failed_the_next_command_still_makes_every_attempt_MaxRetry_allows()
    {
        FailEveryListJobs(() =>
        {
            var spent = Attempts(() => FailCommands(FailingCommands));
            var next = Attempts(() => PS.Run("Get-IEJob @aws -MaxRetry 2"), out var result);

            // Every one of the 60 commands made 3 attempts (the old shared quota ran out after 50 of them) ...
            Assert.Equal(FailingCommands * 3, spent);
            // ... and so does the next one: its failure is the service's, after all of them.
            Assert.Equal(3, next);
            Assert.StartsWith("InternalError,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        });
    }

    [Fact]
    public void A_paged_listing_after_many_failed_commands_retries_its_failures_and_completes()
    {
        var all = RunClean("Get-IEJob @aws").OutputOf<JobSummary>().Select(j => j.JobId!).ToList();
        Assert.Equal(40, all.Count);
        FailEveryListJobs(() => FailCommands(FailingCommands));

        // Half of the pages' attempts fail now; -MaxRetry 10 is enough for each of them.
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.InternalError, Service = "importexport", Operation = "ListJobs", Rate = 0.5, Seed = 24 });
        try
        {
            Emulator.State.ClearRequests();
            var result = PS.Run("Get-IEJob @aws -PageSize 4 -MaxRetry 10");

            Assert.Empty(result.Errors);
            Assert.Equal(all, result.OutputOf<JobSummary>().Select(j => j.JobId!).ToList());
            Assert.True(Emulator.Requests("ListJobs").Count(r => r.Fault is not null) >= 5, "the listing met failures that it retried");
        }
        finally
        {
            Emulator.State.ClearFaults();
        }
    }

    [Fact]
    public void In_adaptive_mode_the_command_s_budget_pays_for_retries_and_throttling_still_turns_on_client_side_rate_limiting()
    {
        var settings = new AwsConnectionSettings
        {
            EndpointUrl = Emulator.Endpoint.ToString(),
            AccessKey = ReliabilityEmulator.AccessKey,
            SecretKey = ReliabilityEmulator.SecretKey,
            Region = "us-east-1",
            Environment = AwsEnvironment.From([new("AWS_RETRY_MODE", "adaptive")]),
        };
        var client = ServiceClients.ImportExport(settings).Client;
        var policy = Assert.IsType<AdaptiveModuleRetryPolicy>(RetryPolicyOf(client));
        Assert.False(RateLimiting(policy), "no throttling yet: requests are not rate limited");

        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.Throttle, Service = "importexport", Operation = "ListJobs", Count = 1 });
        Emulator.State.ClearRequests();
        var budget = new RetryBudget();
        Exception? failure = null;
        try
        {
            using (RetryBudget.Use(budget))
            {
                client.ListJobs(new ListJobsRequest());
            }
        }
        catch (Exception ex)
        {
            failure = ex;
        }
        finally
        {
            Emulator.State.ClearFaults();
        }

        // The retry was paid from the command's budget, not from Core's process-wide quota ...
        Assert.Equal(RetryBudget.Capacity - RetryBudget.RetryCost, budget.Available);
        // ... and Core's adaptive mode saw the throttling: its token bucket now limits the sending rate. A new client
        // has measured almost no sending rate, so the limiter holds the retry back (Core's "capacity could not be
        // obtained"): the one request the emulator saw is the throttled one.
        Assert.True(RateLimiting(policy), "after throttling, adaptive mode limits the rate of requests");
        Assert.Single(Emulator.Requests("ListJobs"));
        Assert.Contains("capacity could not be obtained", Assert.IsAssignableFrom<AmazonClientException>(failure).Message, StringComparison.Ordinal);
    }

    private int Attempts(Action run)
    {
        var before = Emulator.Requests("ListJobs").Count;
        run();
        return Emulator.Requests("ListJobs").Count - before;
    }

    private int Attempts(Func<PSRunResult> run, out PSRunResult result)
    {
        var before = Emulator.Requests("ListJobs").Count;
        result = run();
        return Emulator.Requests("ListJobs").Count - before;
    }

    // Each Get-IEJob is a command of its own; each fails with the service's error after its retries.
    private void FailCommands(int count)
    {
        var result = PS.Run($"1..{count} | ForEach-Object {{ try {{ Get-IEJob @aws -MaxRetry 2 -ErrorAction Stop }} catch {{ $_.FullyQualifiedErrorId }} }}");
        var outcomes = result.Output.Select(o => o.ToString()).ToList();
        Assert.Equal(count, outcomes.Count);
        Assert.All(outcomes, id => Assert.StartsWith("InternalError,", id, StringComparison.Ordinal));
    }

    // A rate rule of 1 fires for every matching request until cleared (a count rule without Count fires once).
    private void FailEveryListJobs(Action body)
    {
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.InternalError, Service = "importexport", Operation = "ListJobs", Rate = 1.0 });
        try
        {
            body();
        }
        finally
        {
            Emulator.State.ClearFaults();
        }
    }

    private static RetryPolicy RetryPolicyOf(AmazonServiceClient client)
    {
        var pipeline = (RuntimePipeline)typeof(AmazonServiceClient).GetProperty("RuntimePipeline", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(client)!;
        for (var handler = pipeline.Handler; handler is not null; handler = handler.InnerHandler)
        {
            if (handler is RetryHandler retry)
            {
                return retry.RetryPolicy;
            }
        }

        throw new InvalidOperationException("The client's pipeline has no RetryHandler.");
    }

    // Core keeps whether its adaptive token bucket limits requests in protected state; read it as it is.
    private static bool RateLimiting(RetryPolicy policy)
    {
        var bucket = typeof(AdaptiveRetryPolicy).GetProperty("TokenBucket", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(policy)!;
        return (bool)typeof(TokenBucket).GetProperty("Enabled", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(bucket)!;
    }
}
