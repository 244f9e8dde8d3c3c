using System.Management.Automation;
using ImportExport.IE;
using ImportExport.Tests.Clients;

namespace ImportExport.Tests.Infrastructure;

/// <summary>
/// The one module session every hosted-engine cmdlet test starts from: a runspace with the module imported and
/// the emulator's endpoint and keys in <c>$aws</c> (splatted as a user would), sample manifests in <c>$manifest</c> and
/// <c>$exportManifest</c>, a return address in <c>$address</c>, and a scratch folder in <c>$dir</c>.
/// </summary>
public abstract class ModuleSessionTestBase<TEmulator> : IDisposable
    where TEmulator : IEmulatorEndpoint
{
    protected ModuleSessionTestBase(TEmulator emulator)
    {
        Emulator = emulator;
        PS = PowerShellHost.Create();
        PS.SetVariable("endpoint", emulator.Endpoint.ToString());
        PS.SetVariable("manifest", Manifests.Import());
        PS.SetVariable("exportManifest", Manifests.Export());
        PS.SetVariable("accessKey", EmulatorFixture.AccessKey);
        PS.SetVariable("secretKey", EmulatorFixture.SecretKey);
        Directory.CreateDirectory(Scratch);
        PS.SetVariable("dir", Scratch);
        PS.Run("""
            $aws = @{ EndpointUrl = $endpoint; AccessKey = $accessKey; SecretKey = $secretKey; Region = 'eu-west-1' }
            $keys = @{ AccessKey = $accessKey; SecretKey = $secretKey }
            $address = @{ Name = 'Jane Doe'; Street1 = '123 Any Street'; City = 'Anytown'; StateOrProvince = 'WA'; PostalCode = '91011-1111'; PhoneNumber = '206-555-1111'; Country = 'USA' }
            """);
    }

    protected TEmulator Emulator { get; }

    protected PowerShellHost PS { get; }

    /// <summary>A folder of this test's own (also <c>$dir</c>), removed afterwards.</summary>
    protected string Scratch { get; } = Path.Combine(Path.GetTempPath(), "ie-test-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>How many requests of <paramref name="operation"/> the emulator has received so far.</summary>
    protected int RequestCount(string operation) => Emulator.State.Requests.Count(r => r.Operation == operation);

    /// <summary>Runs a script and asserts it neither threw nor wrote an error.</summary>
    protected PSRunResult RunClean(string script, params object?[] args) => PS.Run(script, args).AssertClean();

    /// <summary>Creates an import job through New-IEJob (no faults expected) and returns it.</summary>
    protected CreatedJob CreateJob(string? deviceId = null)
    {
        PS.SetVariable("jobManifest", deviceId is null ? Manifests.Import() : Manifests.Import(deviceId: deviceId));
        return Assert.Single(RunClean("New-IEJob -JobType Import -Manifest $jobManifest @aws -Confirm:$false").OutputOf<CreatedJob>());
    }

    /// <summary>Creates an import job and returns its id.</summary>
    protected string NewJob(string? deviceId = null) => CreateJob(deviceId).JobId!;

    /// <summary>Starts <paramref name="count"/> MGN imports of <paramref name="key"/> through Start-MGNImport; returns their ids.</summary>
    protected List<string> StartImports(int count, string key = "imports/servers.csv")
    {
        PS.SetVariable("count", count);
        PS.SetVariable("key", key);
        var result = RunClean("1..$count | ForEach-Object { Start-MGNImport -S3Bucket my-import-bucket -S3Key $key @aws -Confirm:$false }");
        return result.OutputOf<ImportExport.Mgn.ImportTask>().Select(t => t.ImportId!).ToList();
    }

    /// <summary>Runs a script on the same runspace and returns its output, errors and progress records.</summary>
    protected (IReadOnlyList<PSObject> Output, IReadOnlyList<ErrorRecord> Errors, IReadOnlyList<ProgressRecord> Progress) RunWithProgress(string script)
    {
        var (output, errors, _, progress) = PS.RunWithProgress(script);
        return (output, errors, progress);
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
            // A file a test left open; the temp folder is cleaned by the system.
        }

        GC.SuppressFinalize(this);
    }
}
