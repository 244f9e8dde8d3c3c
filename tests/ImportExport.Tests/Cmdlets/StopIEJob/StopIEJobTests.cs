using System.Management.Automation;
using ImportExport.IE;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.StopIEJob;

/// <summary>Stop-IEJob as a user runs it: the prompt, -Force, -WhatIf, -PassThru and the pipeline from New-IEJob.</summary>
public sealed class StopIEJobTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
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
}
