using System.Management.Automation;
using System.Text;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Examples;

/// <summary>examples/New-ImportJobFromScratch.ps1 runs end to end against the emulator, as its help says.</summary>
public sealed class RunbookTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    private static readonly string Runbook = RepoPaths.Combine("examples", "New-ImportJobFromScratch.ps1");

    [Fact]
    public void The_runbook_creates_the_job_writes_SIGNATURE_and_downloads_the_label()
    {
        var device = Directory.CreateDirectory(Path.Combine(Scratch, "device")).FullName;
        var labels = Directory.CreateDirectory(Path.Combine(Scratch, "labels")).FullName;
        PS.SetVariable("runbook", Runbook);
        PS.SetVariable("device", device);
        PS.SetVariable("labels", labels);
        var before = Emulator.State.JobCount;

        var result = RunClean($"& $runbook -EndpointUrl $endpoint -AccessKey '{EmulatorFixture.AccessKey}' -SecretKey '{EmulatorFixture.SecretKey}' -DevicePath $device -LabelDirectory $labels -DeviceId 'SN 0042' -EraseDevice");

        var summary = Assert.Single(result.Output);
        var jobId = (string)summary.Properties["JobId"].Value;
        Assert.Equal(before + 1, Emulator.State.JobCount);
        var job = Emulator.State.GetJob(jobId)!;
        Assert.Contains("deviceId: SN 0042", job.Manifest);
        Assert.Contains("eraseDevice: yes", job.Manifest);

        var signature = Assert.IsType<FileInfo>(((PSObject)summary.Properties["SignatureFile"].Value).BaseObject);
        Assert.Equal(Path.Combine(device, "SIGNATURE"), signature.FullName);
        Assert.Equal(Encoding.UTF8.GetBytes(job.SignatureFileContents), File.ReadAllBytes(signature.FullName));

        var label = Assert.IsType<FileInfo>(((PSObject)summary.Properties["LabelFile"].Value).BaseObject);
        Assert.Equal(Path.Combine(labels, $"ShippingLabel-{jobId}.pdf"), label.FullName);
        Assert.StartsWith("%PDF-", File.ReadAllText(label.FullName));

        // It asked AWS to validate before creating.
        var creates = Emulator.State.Requests.Where(r => r.Operation == "CreateJob").TakeLast(2).ToList();
        Assert.Equal(["true", "false"], creates.Select(r => r.Parameters["ValidateOnly"]?.ToString()?.ToLowerInvariant()));
    }

    [Fact]
    public void With_WhatIf_the_runbook_creates_nothing_and_writes_nothing()
    {
        var device = Directory.CreateDirectory(Path.Combine(Scratch, "device")).FullName;
        PS.SetVariable("runbook", Runbook);
        PS.SetVariable("device", device);
        var before = Emulator.State.JobCount;

        var result = RunClean($"& $runbook -EndpointUrl $endpoint -AccessKey '{EmulatorFixture.AccessKey}' -SecretKey '{EmulatorFixture.SecretKey}' -DevicePath $device -WhatIf");

        Assert.Empty(result.Output);
        Assert.Equal(before, Emulator.State.JobCount);
        Assert.Empty(Directory.GetFiles(device));
    }

    [Fact]
    public void A_device_path_that_does_not_exist_stops_the_runbook_before_any_request()
    {
        PS.SetVariable("runbook", Runbook);
        var before = Emulator.State.Requests.Count;

        var result = PS.Run($"& $runbook -EndpointUrl $endpoint -AccessKey '{EmulatorFixture.AccessKey}' -SecretKey '{EmulatorFixture.SecretKey}' -DevicePath '{Path.Combine(Scratch, "nope")}'");

        Assert.True(result.Threw);
        Assert.Contains("does not exist", result.TerminatingError!.Message);
        Assert.Equal(before, Emulator.State.Requests.Count);
    }
}
