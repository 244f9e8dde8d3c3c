using System.Management.Automation;
using ImportExport.IE;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.GetIEJobStatus;

/// <summary>Get-IEJobStatus as a user runs it: one typed status per id, an error per failing id.</summary>
public sealed class GetIEJobStatusTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
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
}
