using System.Management.Automation;
using ImportExport.Emulator;
using ImportExport.IE;
using ImportExport.Mgn;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Reliability;

/// <summary>
/// No duplicates: a response lost after the service committed must not make a second import or job. StartImport is
/// idempotent through its clientToken; CreateJob has no token, so the client refuses to resend it blindly.
/// </summary>
/// <remarks>
/// These tests count requests (CreateJob sent exactly once, StartImport twice) and imports. A fault left pending by an
/// earlier test that failed half-way used to change those counts and spread one failure to others; each test now
/// starts from an emptied emulator (its own fixture, reset: no jobs, imports, requests or pending faults).
/// </remarks>
public sealed class IdempotencyTests : ReliabilityTestBase, IClassFixture<ReliabilityEmulator>
{
    public IdempotencyTests(ReliabilityEmulator emulator)
        : base(emulator)
    {
        emulator.State.Reset();
    }

    [Fact]
    public void StartImport_whose_answer_is_lost_after_the_commit_makes_exactly_one_import()
    {
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.DropAfterCommit, Service = "mgn", Operation = "StartImport", Count = 1 });

        var result = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key lost/answer.csv @aws -Confirm:$false -Verbose");

        result.AssertClean();
        var task = Assert.Single(result.OutputOf<ImportTask>());
        var attempts = Emulator.Requests("StartImport").Where(r => r.BodyText.Contains("lost/answer.csv", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, attempts.Count);
        Assert.Equal(FaultKind.DropAfterCommit, attempts[0].Fault);
        Assert.Single(attempts.Select(r => r.Parameters["clientToken"]).Distinct());
        var imports = Emulator.State.GetImports(EmulatorFixture.AccountId, "eu-west-1").Where(i => i.S3Key == "lost/answer.csv").ToList();
        Assert.Equal(task.ImportId, Assert.Single(imports).ImportId);
        Assert.Contains(result.Verbose, v => v.Message.StartsWith("StartImport: attempt 1 failed", StringComparison.Ordinal));
    }

    [Fact]
    public void StartImport_that_fails_after_a_lost_answer_says_which_client_token_makes_a_rerun_safe()
    {
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.DropAfterCommit, Service = "mgn", Operation = "StartImport", Count = 1 });
        // (The dropped answer is resent at once as a stale connection, outside the retry count; then 3 throttles use up the 2 retries.)
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.Throttle, Service = "mgn", Operation = "StartImport", Count = 3 });

        var failed = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key rerun/me.csv @aws -Confirm:$false");

        var error = Assert.Single(failed.Errors);
        Assert.StartsWith("ThrottlingException,", error.FullyQualifiedErrorId);
        var token = System.Text.RegularExpressions.Regex.Match(error.ErrorDetails.RecommendedAction, "-ClientToken (\\S+)").Groups[1].Value;
        Assert.NotEmpty(token);
        Assert.Single(Emulator.State.GetImports(EmulatorFixture.AccountId, "eu-west-1"), i => i.S3Key == "rerun/me.csv");

        // Doing what the error says returns the import the lost answer was about, and starts nothing new.
        var rerun = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key rerun/me.csv -ClientToken $args[0] @aws -Confirm:$false", token);

        Assert.Empty(rerun.Errors);
        var task = Assert.Single(rerun.OutputOf<ImportTask>());
        var import = Assert.Single(Emulator.State.GetImports(EmulatorFixture.AccountId, "eu-west-1"), i => i.S3Key == "rerun/me.csv");
        Assert.Equal(import.ImportId, task.ImportId);
    }

    [Fact]
    public void Stop_IEJob_whose_answer_is_lost_after_the_cancel_reports_the_job_canceled()
    {
        var job = PS.Run("New-IEJob -JobType Import -Manifest $manifest @aws -Confirm:$false").OutputOf<CreatedJob>().Single();
        PS.SetVariable("id", job.JobId);
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.DropAfterCommit, Service = "importexport", Operation = "CancelJob", Count = 1 });

        var result = PS.Run("Stop-IEJob -JobId $id -Force -PassThru @aws");

        // The retry was told the job is already canceled: by the first attempt, whose answer was lost.
        Assert.Empty(result.Errors);
        var canceled = Assert.Single(result.OutputOf<CanceledJob>());
        Assert.True(canceled.Success);
        Assert.Equal("Canceled", Emulator.State.GetJob(job.JobId!)!.ProgressCode);
        Assert.Equal("CanceledJobIdException", Emulator.Requests("CancelJob").Last().ErrorCode);
    }

    [Fact]
    public void Stop_IEJob_of_a_job_canceled_before_is_still_CanceledJobIdException()
    {
        var job = PS.Run("New-IEJob -JobType Import -Manifest $manifest @aws -Confirm:$false").OutputOf<CreatedJob>().Single();
        PS.SetVariable("id", job.JobId);
        PS.Run("Stop-IEJob -JobId $id -Force @aws");

        var again = PS.Run("Stop-IEJob -JobId $id -Force @aws");

        Assert.StartsWith("CanceledJobIdException,", Assert.Single(again.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void StartImport_rejected_by_validation_gives_no_client_token_advice()
    {
        var result = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key a.csv -ClientToken advice-token @aws -Confirm:$false; Start-MGNImport -S3Bucket my-import-bucket -S3Key b.csv -ClientToken advice-token @aws -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("ConflictException,", error.FullyQualifiedErrorId);
        Assert.DoesNotContain("-ClientToken advice-token", error.ErrorDetails?.RecommendedAction ?? string.Empty);
    }

    [Fact]
    public void StartImport_behind_a_proxy_that_loses_the_answer_makes_exactly_one_import()
    {
        using var proxy = FaultProxy.Start(Emulator.Endpoint);
        UseEndpoint(proxy.Endpoint);
        proxy.Next(ProxyAction.DropResponse, "StartImport");

        var result = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key proxy/lost.csv @aws -Confirm:$false");

        result.AssertClean();
        Assert.Single(result.OutputOf<ImportTask>());
        Assert.Equal(2, proxy.Received.Count(r => r.Operation == "StartImport"));
        Assert.Single(Emulator.State.GetImports(EmulatorFixture.AccountId, "eu-west-1"), i => i.S3Key == "proxy/lost.csv");
    }

    [Fact]
    public void CreateJob_whose_answer_is_lost_after_the_commit_is_not_resent_and_says_so()
    {
        var device = "LOST-" + Guid.NewGuid().ToString("N")[..8];
        PS.SetVariable("lostManifest", Manifests.Import(deviceId: device));
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.DropAfterCommit, Service = "importexport", Operation = "CreateJob", Count = 1 });
        var before = Emulator.Requests("CreateJob").Count;

        var result = PS.Run("New-IEJob -JobType Import -Manifest $lostManifest @aws -Confirm:$false -Verbose");

        result.AssertCompleted();
        Assert.Empty(result.Output);
        var error = Assert.Single(result.Errors);
        Assert.Equal("CreateJobOutcomeUnknown,ImportExport.Cmdlets.NewIEJobCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.OperationStopped, error.CategoryInfo.Category);
        Assert.Contains("Get-IEJob", error.ErrorDetails.Message);
        Assert.Contains("may or may not have been created", error.ErrorDetails.Message);
        Assert.Contains("-RetryUnknownOutcome", error.ErrorDetails.RecommendedAction);
        Assert.Equal(before + 1, Emulator.Requests("CreateJob").Count);
        Assert.Contains(result.Verbose, v => v.Message.Contains("not retried", StringComparison.Ordinal));

        // The job does exist: Get-IEJob shows it, newest first, as the error says.
        var listed = PS.Run("Get-IEJob @aws -First 1");
        var newest = Assert.Single(listed.OutputOf<JobSummary>());
        Assert.Contains(device, Emulator.State.GetJob(newest.JobId!)!.Manifest);
    }

    [Theory]
    [InlineData(FaultKind.InternalError)]
    [InlineData(FaultKind.DropAfterCommit)]
    public void CreateJob_with_an_unknown_outcome_is_sent_once(FaultKind kind)
    {
        Emulator.State.InjectFault(new FaultSpec { Kind = kind, Service = "importexport", Operation = "CreateJob", Count = 1 });
        var before = Emulator.Requests("CreateJob").Count;

        var result = PS.Run("New-IEJob -JobType Import -Manifest $manifest @aws -Confirm:$false");

        Assert.StartsWith("CreateJobOutcomeUnknown,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Equal(before + 1, Emulator.Requests("CreateJob").Count);
    }

    [Theory]
    [InlineData(FaultKind.Throttle)]
    [InlineData(FaultKind.ServiceUnavailable)]
    [InlineData(FaultKind.DropConnection)]
    public void CreateJob_rejected_before_processing_is_retried_and_makes_one_job(FaultKind kind)
    {
        var device = "RETRY-" + Guid.NewGuid().ToString("N")[..8];
        PS.SetVariable("retryManifest", Manifests.Import(deviceId: device));
        Emulator.State.InjectFault(new FaultSpec { Kind = kind, Service = "importexport", Operation = "CreateJob", Count = 2 });
        var before = Emulator.Requests("CreateJob").Count;

        var result = PS.Run("New-IEJob -JobType Import -Manifest $retryManifest @aws -Confirm:$false");

        if (kind == FaultKind.DropConnection)
        {
            // The emulator drops the connection before processing, but on the wire that cannot be told from a drop
            // after processing: the client must not resend.
            Assert.StartsWith("CreateJobOutcomeUnknown,", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Equal(before + 1, Emulator.Requests("CreateJob").Count);
            Emulator.State.ClearFaults();
            return;
        }

        result.AssertClean();
        Assert.Single(result.OutputOf<CreatedJob>());
        Assert.Equal(before + 3, Emulator.Requests("CreateJob").Count);
    }

    [Fact]
    public void CreateJob_whose_connection_is_reset_by_a_proxy_before_forwarding_is_not_resent()
    {
        using var proxy = FaultProxy.Start(Emulator.Endpoint);
        UseEndpoint(proxy.Endpoint);
        proxy.Next(ProxyAction.ResetBeforeForward, "CreateJob");
        var before = Emulator.Requests("CreateJob").Count;

        var result = PS.Run("New-IEJob -JobType Import -Manifest $manifest @aws -Confirm:$false");

        Assert.StartsWith("CreateJobOutcomeUnknown,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Equal(1, proxy.Received.Count(r => r.Operation == "CreateJob"));
        Assert.Equal(before, Emulator.Requests("CreateJob").Count);
    }

    [Fact]
    public void CreateJob_answered_503_by_a_load_balancer_is_retried()
    {
        using var proxy = FaultProxy.Start(Emulator.Endpoint);
        UseEndpoint(proxy.Endpoint);
        proxy.Next(ProxyAction.LoadBalancer503, "CreateJob");
        var before = Emulator.Requests("CreateJob").Count;

        var result = PS.Run("New-IEJob -JobType Import -Manifest $manifest @aws -Confirm:$false");

        Assert.Empty(result.Errors);
        Assert.Single(result.OutputOf<CreatedJob>());
        Assert.Equal(2, proxy.Received.Count(r => r.Operation == "CreateJob"));
        Assert.Equal(before + 1, Emulator.Requests("CreateJob").Count);
    }

    [Fact]
    public void CreateJob_to_a_port_where_nothing_listens_is_retried_because_nothing_was_sent()
    {
        // A port that was free a moment ago: connecting is refused, so the request never left.
        UseEndpoint(new Uri(LoopbackServer.RefusingEndpoint() + "/"));

        var result = PS.Run("New-IEJob -JobType Import -Manifest $manifest @aws -Confirm:$false -Verbose");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("ServiceUnreachable,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
        Assert.Equal(2, result.Verbose.Count(v => v.Message.StartsWith("CreateJob: attempt", StringComparison.Ordinal)));
    }

    [Fact]
    public void RetryUnknownOutcome_resends_and_can_make_a_duplicate()
    {
        var device = "OPTIN-" + Guid.NewGuid().ToString("N")[..8];
        PS.SetVariable("optInManifest", Manifests.Import(deviceId: device));
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.DropAfterCommit, Service = "importexport", Operation = "CreateJob", Count = 1 });
        var before = Emulator.Requests("CreateJob").Count;

        var result = PS.Run("New-IEJob -JobType Import -Manifest $optInManifest @aws -Confirm:$false -RetryUnknownOutcome");

        Assert.Empty(result.Errors);
        var created = Assert.Single(result.OutputOf<CreatedJob>());
        Assert.Equal(before + 2, Emulator.Requests("CreateJob").Count);

        // The user opted in to the risk: the first attempt's job exists too.
        var jobs = PS.Run("Get-IEJob @aws -First 2").OutputOf<JobSummary>();
        Assert.Equal(2, jobs.Count(j => Emulator.State.GetJob(j.JobId!)!.Manifest.Contains(device, StringComparison.Ordinal)));
        Assert.Contains(jobs, j => j.JobId == created.JobId);
    }

    [Fact]
    public void ValidateOnly_creates_nothing_and_is_retried_after_a_500()
    {
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.InternalError, Service = "importexport", Operation = "CreateJob", Count = 1 });
        var before = Emulator.Requests("CreateJob").Count;

        var result = PS.Run("New-IEJob -JobType Import -Manifest $manifest @aws -ValidateOnly");

        Assert.Empty(result.Errors);
        Assert.Single(result.OutputOf<CreatedJob>());
        Assert.Equal(before + 2, Emulator.Requests("CreateJob").Count);
    }

    [Fact]
    public void UpdateJob_is_retried_after_a_lost_answer()
    {
        var jobId = NewJob();
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.DropAfterCommit, Service = "importexport", Operation = "UpdateJob", Count = 1 });

        var update = PS.Run("Update-IEJob -JobId $args[0] -JobType Import -Manifest $manifest @aws -Confirm:$false", jobId);

        Assert.Empty(update.Errors);
        Assert.True(Assert.Single(update.OutputOf<JobUpdate>()).Success);
    }
}
