using System.Management.Automation;
using ImportExport.IE;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets;

/// <summary>Get-IEJobStatus, Update-IEJob, Stop-IEJob and Get-IEShippingLabel as a user runs them.</summary>
public sealed class JobLifecycleCmdletTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Get_IEJobStatus_emits_one_typed_status_per_id()
    {
        var first = NewJob();
        var second = NewJob();
        PS.SetVariable("ids", new[] { first, second });

        var result = PS.Run("$ids | Get-IEJobStatus @aws");

        var statuses = result.OutputOf<JobStatus>();
        Assert.Equal([first, second], statuses.Select(s => s.JobId));
        Assert.All(statuses, s => Assert.IsType<DateTime>(s.CreationDate!.Value));
        Assert.All(statuses, s => Assert.Equal("NotReceived", s.LocationCode));
    }

    [Fact]
    public void A_failing_id_among_many_is_one_error_and_the_others_still_succeed()
    {
        var first = NewJob();
        var second = NewJob();
        PS.SetVariable("ids", new[] { first, "NOSUCH", second });

        var result = PS.Run("$ids | Get-IEJobStatus @aws");

        Assert.Equal(2, result.OutputOf<JobStatus>().Count);
        var error = Assert.Single(result.Errors);
        Assert.Equal("InvalidJobIdException,ImportExport.Cmdlets.GetIEJobStatusCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("NOSUCH", error.TargetObject);
        Assert.Matches("request id [0-9a-f-]{8,}", error.ErrorDetails.Message);
    }

    [Fact]
    public void Completed_jobs_report_an_integer_error_count()
    {
        var id = NewJob();
        Emulator.State.AdvanceJob(id, "SuccessWithErrors");
        PS.SetVariable("id", id);

        var status = PS.Run("Get-IEJobStatus -JobId $id @aws").OutputOf<JobStatus>().Single();

        Assert.Equal("SuccessWithErrors", status.ProgressCode);
        Assert.IsType<int>(status.ErrorCount!.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("AB\u0007CD")]
    public void An_unusable_job_id_is_refused_before_any_request_naming_the_parameter(string id)
    {
        var before = Emulator.State.Requests.Count;
        PS.SetVariable("id", id);

        var result = PS.Run("Get-IEJobStatus -JobId $id @aws");

        var error = Assert.Single(result.AllErrors);
        Assert.StartsWith("ParameterArgumentValidationError", error.FullyQualifiedErrorId);
        Assert.Contains("JobId", error.Exception.Message);
        Assert.Equal(before, Emulator.State.Requests.Count);
    }

    [Fact]
    public void Stop_IEJob_without_Force_asks_and_No_leaves_the_job_alone()
    {
        var id = NewJob();
        PS.SetVariable("id", id);
        PS.UI.Answer(ConfirmAnswer.No);

        var result = PS.Run("Stop-IEJob -JobId $id @aws");

        var prompt = Assert.Single(result.Prompts);
        Assert.Contains(id, prompt.Message);
        Assert.Equal("Pending", Emulator.State.GetJob(id)!.ProgressCode);
    }

    [Fact]
    public void Stop_IEJob_answered_Yes_cancels_and_emits_nothing_without_PassThru()
    {
        var id = NewJob();
        PS.SetVariable("id", id);
        PS.UI.Answer(ConfirmAnswer.Yes);

        var result = PS.Run("Stop-IEJob -JobId $id @aws");

        Assert.Single(result.Prompts);
        Assert.Empty(result.Output);
        Assert.Equal("Canceled", Emulator.State.GetJob(id)!.ProgressCode);
    }

    [Fact]
    public void Stop_IEJob_Force_skips_the_prompt_and_PassThru_emits_the_outcome()
    {
        var id = NewJob();
        PS.SetVariable("id", id);

        var result = PS.Run("Stop-IEJob -JobId $id -Force -PassThru @aws");

        Assert.Empty(result.Prompts);
        var canceled = Assert.Single(result.OutputOf<CanceledJob>());
        Assert.True(canceled.Success);
        Assert.Equal(id, canceled.JobId);
    }

    [Fact]
    public void Stop_IEJob_Force_still_honours_WhatIf()
    {
        var id = NewJob();
        PS.SetVariable("id", id);
        var before = RequestCount("CancelJob");

        var result = PS.Run("Stop-IEJob -JobId $id -Force -WhatIf @aws");

        Assert.Equal(before, RequestCount("CancelJob"));
        Assert.Contains($"What if: Performing the operation \"Cancel the job\" on target \"job {id}\"", result.HostText);
    }

    [Fact]
    public void New_IEJob_output_pipes_into_Stop_IEJob()
    {
        var result = PS.Run("New-IEJob -JobType Import -Manifest $manifest @aws -Confirm:$false | Stop-IEJob -Force -PassThru @aws");

        var canceled = Assert.Single(result.OutputOf<CanceledJob>());
        Assert.Equal("Canceled", Emulator.State.GetJob(canceled.JobId!)!.ProgressCode);
    }

    [Fact]
    public void Stop_IEJob_of_a_started_job_is_UnableToCancelJobIdException()
    {
        var id = NewJob();
        Emulator.State.AdvanceJob(id, "InProgress");
        PS.SetVariable("id", id);

        var result = PS.Run("Stop-IEJob -JobId $id -Force @aws");

        var error = Assert.Single(result.Errors);
        Assert.Equal("UnableToCancelJobIdException,ImportExport.Cmdlets.StopIEJobCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
        Assert.Equal(id, error.TargetObject);
    }

    [Fact]
    public void Update_IEJob_replaces_the_manifest_and_emits_the_outcome_with_the_job_id()
    {
        var id = NewJob();
        PS.SetVariable("id", id);
        PS.SetVariable("newManifest", Manifests.Import(deviceId: "88888"));

        var result = PS.Run("Update-IEJob -JobId $id -JobType Import -Manifest $newManifest @aws -Confirm:$false");

        var update = Assert.Single(result.OutputOf<JobUpdate>());
        Assert.True(update.Success);
        Assert.Equal(id, update.JobId);
        Assert.Contains("deviceId: 88888", Emulator.State.GetJob(id)!.Manifest);
    }

    [Fact]
    public void Update_IEJob_WhatIf_sends_nothing()
    {
        var id = NewJob();
        PS.SetVariable("id", id);
        var before = RequestCount("UpdateJob");

        var result = PS.Run("Update-IEJob -JobId $id -JobType Import -Manifest $manifest @aws -WhatIf");

        Assert.Empty(result.Output);
        Assert.Equal(before, RequestCount("UpdateJob"));
        Assert.Contains($"on target \"job {id}\"", result.HostText);
    }

    [Fact]
    public void Update_IEJob_binds_JobId_and_JobType_from_listed_jobs()
    {
        var id = NewJob();
        PS.SetVariable("id", id);

        var result = PS.Run("Get-IEJob @aws | Where-Object JobId -eq $id | Update-IEJob -Manifest $manifest @aws -Confirm:$false");

        Assert.Equal(id, Assert.Single(result.OutputOf<JobUpdate>()).JobId);
    }

    [Fact]
    public void Get_IEShippingLabel_gathers_pipeline_ids_into_one_request()
    {
        var first = NewJob();
        var second = NewJob();
        PS.SetVariable("ids", new[] { first, second });
        var before = RequestCount("GetShippingLabel");

        var result = PS.Run("$ids | Get-IEShippingLabel -Name 'Jane Doe' -Street1 '123 Any Street' -City Anytown -StateOrProvince WA -PostalCode 91011 -Country USA -PhoneNumber 206-555-1111 @aws");

        var label = Assert.Single(result.OutputOf<ShippingLabel>());
        Assert.Equal([first, second], label.JobId);
        Assert.StartsWith("http", label.ShippingLabelURL);
        Assert.Equal(before + 1, RequestCount("GetShippingLabel"));
        var request = Emulator.State.Requests.Last(r => r.Operation == "GetShippingLabel");
        Assert.Equal("Jane Doe", request.Parameters["name"]?.ToString());
    }
}
