using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets;

/// <summary>
/// Ctrl+C (PowerShell.Stop()) while a request is in flight: every cmdlet abandons the request at once, ends as a
/// stopped pipeline (no error record), and the session goes on working. The endpoint is a black hole that accepts
/// the connection and never answers, so without cancellation Stop() would wait for the 100 s HTTP timeout.
/// </summary>
public sealed class StopProcessingTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    public static TheoryData<string> Commands => new()
    {
        "Get-IEJobStatus -JobId ABCDE @hole",
        "Get-IEJob @hole",
        "Get-IEJob -IncludeStatus @hole",
        "Stop-IEJob -JobId ABCDE -Force @hole",
        "New-IEJob -JobType Import -Manifest $manifest -Confirm:$false @hole",
        "Update-IEJob -JobId ABCDE -JobType Import -Manifest $manifest -Confirm:$false @hole",
        "Get-IEShippingLabel -JobId ABCDE @hole",
        "Get-MGNImport @hole",
        "Get-MGNImportError -ImportId import-1a2b3c4d5e6f7g8h9 @hole",
        "Start-MGNImport -S3Bucket my-import-bucket -S3Key servers.csv -Confirm:$false @hole",
        "Wait-MGNImport -ImportId import-1a2b3c4d5e6f7g8h9 @hole",
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Stop_cancels_the_request_in_flight_and_the_session_goes_on(string command)
    {
        using var hole = new BlackHoleServer();
        using var runspace = OpenRunspace();
        using var ps = System.Management.Automation.PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddScript("$hole = $aws.Clone(); $hole.EndpointUrl = $args[0]; " + command).AddArgument(hole.Url);
        var running = ps.BeginInvoke();

        Assert.True(hole.RequestArrived.Wait(TimeSpan.FromSeconds(30)), $"{command}: no request reached the endpoint.");
        var clock = Stopwatch.StartNew();
        ps.Stop();
        clock.Stop();

        // A sanity bound far below the 100 s the request would otherwise hang: the point is that it did not wait.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"{command}: Stop() took {clock.Elapsed}.");
        Assert.True(hole.ConnectionClosed.Wait(TimeSpan.FromSeconds(10)), $"{command}: the request was not abandoned (the connection stayed open).");
        Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
        Assert.Throws<PipelineStoppedException>(() => { ps.EndInvoke(running); });
        Assert.Empty(ps.Streams.Error);

        // The same session still works.
        using var next = System.Management.Automation.PowerShell.Create();
        next.Runspace = runspace;
        var jobs = next.AddScript("New-IEJob -JobType Import -Manifest $manifest -Confirm:$false @aws | Get-IEJobStatus @aws").Invoke();
        Assert.Empty(next.Streams.Error);
        Assert.Single(jobs);
    }

    private Runspace OpenRunspace()
    {
        var iss = InitialSessionState.CreateDefault2();
        if (OperatingSystem.IsWindows())
        {
            iss.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
        }

        var runspace = RunspaceFactory.CreateRunspace(iss);
        runspace.Open();
        using var setup = System.Management.Automation.PowerShell.Create();
        setup.Runspace = runspace;
        setup.AddScript("""
            param($module, $endpoint, $manifest)
            Import-Module $module -ErrorAction Stop
            $global:manifest = $manifest
            $global:aws = @{ EndpointUrl = $endpoint; AccessKey = 'AKIAIOSFODNN7EXAMPLE'; SecretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'; Region = 'eu-west-1' }
            """).AddArgument(PowerShellHost.StagedModuleManifest).AddArgument(emulator.Endpoint.ToString()).AddArgument(Manifests.Import());
        setup.Invoke();
        Assert.Empty(setup.Streams.Error);
        return runspace;
    }
}
