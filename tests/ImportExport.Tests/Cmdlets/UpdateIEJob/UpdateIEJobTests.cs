using System.Management.Automation;
using ImportExport.IE;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.UpdateIEJob;

/// <summary>Update-IEJob as a user runs it: the new manifest, -WhatIf, and ids and types bound from listed jobs.</summary>
public sealed class UpdateIEJobTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
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
}
