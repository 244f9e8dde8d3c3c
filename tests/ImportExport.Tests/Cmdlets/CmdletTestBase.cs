using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets;

/// <summary>
/// A runspace with the staged module imported and <c>$aws</c> holding the splat a user would pass
/// to reach the emulator (-EndpointUrl, -AccessKey, -SecretKey, -Region), plus a valid <c>$manifest</c>.
/// </summary>
public abstract class CmdletTestBase : IDisposable
{
    protected CmdletTestBase(EmulatorFixture emulator)
    {
        Emulator = emulator;
        PS = PowerShellHost.Create();
        PS.SetVariable("endpoint", emulator.Endpoint.ToString());
        PS.SetVariable("manifest", Manifests.Import());
        PS.SetVariable("exportManifest", Manifests.Export());
        PS.Run("""
            $aws = @{ EndpointUrl = $endpoint; AccessKey = 'AKIAIOSFODNN7EXAMPLE'; SecretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'; Region = 'eu-west-1' }
            """);
    }

    protected EmulatorFixture Emulator { get; }

    protected PowerShellHost PS { get; }

    /// <summary>How many requests of <paramref name="operation"/> the emulator has received so far.</summary>
    protected int RequestCount(string operation) => Emulator.State.Requests.Count(r => r.Operation == operation);

    /// <summary>Creates a job through the cmdlet and returns its id.</summary>
    protected string NewJob()
    {
        var result = PS.Run("New-IEJob -JobType Import -Manifest $manifest @aws -Confirm:$false");
        Assert.False(result.Threw, result.Describe());
        Assert.Empty(result.Errors);
        return result.OutputOf<ImportExport.IE.CreatedJob>().Single().JobId!;
    }

    public void Dispose()
    {
        PS.Dispose();
        GC.SuppressFinalize(this);
    }
}
