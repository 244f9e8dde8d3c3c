using System.Management.Automation;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets;

/// <summary>
/// Issue 13: objects of the wrong kind given as job ids are refused locally, with the object as the target, instead
/// of being sent as their text ("@{Id=730GZ}"); text and objects with a JobId keep working, for every cmdlet that
/// takes job ids.
/// </summary>
public sealed class JobIdInputTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    private long LastSequence => Emulator.State.Requests.LastOrDefault()?.Sequence ?? 0;

    private int RequestsSince(long sequence) => Emulator.State.Requests.Count(r => r.Sequence > sequence);

    [Theory]
    [InlineData("[pscustomobject]@{ Id = '730GZ' }", "PSCustomObject")]
    [InlineData("[System.IO.FileInfo]'/tmp/730GZ'", "System.IO.FileInfo")]
    [InlineData("[ImportExport.Mgn.ImportTask]::new()", "ImportExport.Mgn.ImportTask")]
    [InlineData("@{ Id = '730GZ' }", "System.Collections.Hashtable")]
    public void A_piped_object_that_is_not_a_job_is_refused_and_nothing_is_sent(string input, string typeName)
    {
        foreach (var command in new[] { "Get-IEJobStatus @aws", "Stop-IEJob -Force @aws", "Get-IEShippingLabel @aws", "Update-IEJob -JobType Import -Manifest $manifest @aws -Confirm:$false" })
        {
            var since = LastSequence;

            var result = PS.Run($"{input} | {command}");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("ParameterArgumentTransformationError,", error.FullyQualifiedErrorId);
            Assert.Contains("'JobId'", error.Exception.Message);
            Assert.Contains(typeName + " is neither", error.Exception.Message);
            Assert.DoesNotContain("@{", error.Exception.Message);
            Assert.Equal(0, RequestsSince(since));
        }
    }

    [Fact]
    public void The_error_targets_the_object_and_the_rest_of_the_pipeline_goes_on()
    {
        var id = NewJob();
        PS.SetVariable("id", id);

        var result = PS.Run("$wrong = [pscustomobject]@{ Id = $id }; $wrong, $id | Get-IEJobStatus @aws");

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Equal(id, Assert.IsType<PSObject>(error.TargetObject).Properties["Id"].Value);
        Assert.Equal(id, result.OutputOf<ImportExport.IE.JobStatus>().Single().JobId);
    }

    [Fact]
    public void Text_numbers_and_objects_with_a_JobId_still_bind()
    {
        var id = NewJob();
        PS.SetVariable("id", id);

        var result = PS.Run("""
            $id | Get-IEJobStatus @aws
            [pscustomobject]@{ JobId = $id; Id = 'other' } | Get-IEJobStatus @aws
            Get-IEJobStatus -JobId ([pscustomobject]@{ JobId = $id }) @aws
            Get-IEJobStatus -JobId (Get-IEJob @aws | Where-Object JobId -eq $id) @aws
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(new[] { id, id, id, id }, result.OutputOf<ImportExport.IE.JobStatus>().Select(s => s.JobId));

        // A number is the text it reads as (not found, but sent as typed).
        var number = PS.Run("Get-IEJobStatus -JobId 12345 @aws");
        Assert.Contains("12345", Assert.Single(number.Errors).Exception.Message);
    }

    [Fact]
    public void Save_IESignatureFile_and_Get_IEJob_Marker_refuse_a_wrong_object_too()
    {
        PS.SetVariable("work", Directory.CreateTempSubdirectory("ie-jobid-").FullName);

        var save = PS.Run("Save-IESignatureFile -Path $work -JobId ([pscustomobject]@{ Id = 'X' }) -SignatureFileContents 'a' -WhatIf");
        var marker = PS.Run("Get-IEJob -Marker ([pscustomobject]@{ Id = 'X' }) @aws");

        Assert.Contains("is neither", Assert.Single(save.AllErrors).Exception.Message);
        Assert.Contains("'Marker'", Assert.Single(marker.AllErrors).Exception.Message);
    }
}
