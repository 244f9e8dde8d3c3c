using System.Management.Automation;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.BeyondTheApi;

/// <summary>
/// A runspace with the staged module, <c>$aws</c> (the splat a user passes to reach the emulator) and a scratch folder
/// <c>$dir</c> that stands in for a device or a download folder. <see cref="RunWithProgress"/> also captures the
/// progress stream, which a user sees as progress bars.
/// </summary>
public abstract class BeyondTheApiTestBase : IDisposable
{
    protected BeyondTheApiTestBase(EmulatorFixture emulator)
    {
        Emulator = emulator;
        Directory.CreateDirectory(Scratch);
        PS = PowerShellHost.Create();
        PS.SetVariable("endpoint", emulator.Endpoint.ToString());
        PS.SetVariable("dir", Scratch);
        PS.Run($"$aws = @{{ EndpointUrl = $endpoint; AccessKey = '{EmulatorFixture.AccessKey}'; SecretKey = '{EmulatorFixture.SecretKey}'; Region = 'eu-west-1' }}; $keys = @{{ AccessKey = $aws.AccessKey; SecretKey = $aws.SecretKey }}");
        PS.Run("""
            $address = @{ Name = 'Jane Doe'; Street1 = '123 Any Street'; City = 'Anytown'; StateOrProvince = 'WA'; PostalCode = '91011-1111'; PhoneNumber = '206-555-1111'; Country = 'USA' }
            """);
    }

    protected EmulatorFixture Emulator { get; }

    protected PowerShellHost PS { get; }

    /// <summary>A folder of its own for each test instance, removed afterwards.</summary>
    protected string Scratch { get; } = Path.Combine(Path.GetTempPath(), "ie-beyond-" + Guid.NewGuid().ToString("N")[..12]);

    protected int RequestCount(string operation) => Emulator.State.Requests.Count(r => r.Operation == operation);

    /// <summary>Runs a script and asserts it neither threw nor wrote an error.</summary>
    protected PSRunResult RunClean(string script)
    {
        var result = PS.Run(script);
        Assert.False(result.Threw, result.Describe());
        Assert.True(result.Errors.Count == 0, result.Describe());
        return result;
    }

    /// <summary>Runs a script on the same runspace and returns its output, errors and progress records.</summary>
    protected (IReadOnlyList<PSObject> Output, IReadOnlyList<ErrorRecord> Errors, IReadOnlyList<ProgressRecord> Progress) RunWithProgress(string script)
    {
        using var ps = System.Management.Automation.PowerShell.Create();
        ps.Runspace = PS.Runspace;
        ps.AddScript(script, useLocalScope: false);
        var output = PS.InvokeBounded(ps, script).Where(o => o is not null).ToList();
        return (output, ps.Streams.Error.ToList(), ps.Streams.Progress.ToList());
    }

    /// <summary>Creates an import job through New-IEJob and returns it.</summary>
    protected ImportExport.IE.CreatedJob NewJob()
    {
        var result = RunClean("New-IEManifest -JobType Import -DeviceId 49382 -Bucket my-import-bucket -EraseDevice @address @keys | New-IEJob -JobType Import @aws -Confirm:$false");
        return Assert.Single(result.OutputOf<ImportExport.IE.CreatedJob>());
    }

    public void Dispose()
    {
        PS.Dispose();
        try
        {
            Directory.Delete(Scratch, recursive: true);
        }
        catch (IOException)
        {
        }

        GC.SuppressFinalize(this);
    }
}
