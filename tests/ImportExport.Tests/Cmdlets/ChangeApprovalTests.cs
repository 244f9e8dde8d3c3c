using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets;

/// <summary>
/// The one confirmation rule of the cmdlets that change something: -WhatIf always wins, an explicit -Confirm asks,
/// -Force skips only the default prompt of what cannot be undone (as Remove-Item -Force -Confirm does).
/// </summary>
public sealed class ChangeApprovalTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Stop_IEJob_Force_Confirm_asks_and_No_leaves_the_job_alone()
    {
        var id = NewJob();
        PS.UI.Answer(ConfirmAnswer.No);

        var result = PS.Run("Stop-IEJob -JobId $args[0] -Force -Confirm @aws", id);

        var prompt = Assert.Single(result.Prompts);
        Assert.Contains(id, prompt.Message);
        Assert.Equal("Pending", Emulator.State.GetJob(id)!.ProgressCode);
    }

    [Fact]
    public void Stop_IEJob_Force_Confirm_answered_Yes_cancels_after_one_prompt()
    {
        var id = NewJob();
        PS.UI.Answer(ConfirmAnswer.Yes);

        var result = PS.Run("Stop-IEJob -JobId $args[0] -Force -Confirm @aws", id);

        Assert.Single(result.Prompts);
        Assert.Equal("Canceled", Emulator.State.GetJob(id)!.ProgressCode);
    }

    [Theory]
    [InlineData("Stop-IEJob -JobId $args[0] -Force -WhatIf @aws")]
    [InlineData("Stop-IEJob -JobId $args[0] -Force -WhatIf -Confirm @aws")]
    [InlineData("$WhatIfPreference = $true; Stop-IEJob -JobId $args[0] -Force @aws")]
    [InlineData("$WhatIfPreference = $true; Stop-IEJob -JobId $args[0] -Force -Confirm:$false @aws")]
    public void WhatIf_always_wins(string command)
    {
        var id = NewJob();

        var result = PS.Run(command, id);

        result.AssertCompleted();
        Assert.Empty(result.Prompts);
        Assert.Equal("Pending", Emulator.State.GetJob(id)!.ProgressCode);
    }

    [Fact]
    public void Stop_IEJob_Confirm_false_does_not_ask()
    {
        var id = NewJob();

        var result = PS.Run("Stop-IEJob -JobId $args[0] -Confirm:$false @aws", id);

        Assert.Empty(result.Prompts);
        Assert.Equal("Canceled", Emulator.State.GetJob(id)!.ProgressCode);
    }

    [Fact]
    public void Stop_IEJob_Yes_to_All_answers_for_every_piped_job()
    {
        var first = NewJob();
        var second = NewJob();
        PS.UI.Answer(ConfirmAnswer.YesToAll);

        var result = PS.Run("$args | Stop-IEJob @aws", first, second);

        Assert.Single(result.Prompts);
        Assert.Equal("Canceled", Emulator.State.GetJob(first)!.ProgressCode);
        Assert.Equal("Canceled", Emulator.State.GetJob(second)!.ProgressCode);
    }

    [Theory]
    [InlineData("New-IEJob -JobType Import -Manifest $manifest -Confirm @aws")]
    [InlineData("Start-MGNImport -S3Bucket my-import-bucket -S3Key servers.csv -Confirm @aws")]
    public void An_explicit_Confirm_asks_before_creating(string command)
    {
        var before = Emulator.State.Requests.Count;
        PS.UI.Answer(ConfirmAnswer.No);

        var result = PS.Run(command);

        Assert.Single(result.Prompts);
        Assert.Equal(before, Emulator.State.Requests.Count);
    }
}
