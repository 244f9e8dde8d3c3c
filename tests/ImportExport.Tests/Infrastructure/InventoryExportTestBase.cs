using System.Management.Automation;
using System.Text;

namespace ImportExport.Tests.Infrastructure;

/// <summary>
/// What the tests of the commands that export the MGN inventory share (Export-MGNInventory, Compare-MGNImportFile
/// against a fresh export): a session on an emulator whose tasks move on by themselves, with the example keys in
/// <c>$aws</c>; a temporary folder of their own (<c>$dir</c>); an inventory imported into a region of the test's
/// own, so that what the export holds is what the test put there.
/// </summary>
public abstract class InventoryExportTestBase : IDisposable
{
    /// <param name="emulator">The class fixture.</param>
    /// <param name="folderPrefix">The temporary folder's name prefix.</param>
    /// <param name="awsExtra">More <c>$aws</c> entries, as PowerShell hashtable text (for example <c>PollInterval = 0.01</c>).</param>
    protected InventoryExportTestBase(SteppingEmulatorFixture emulator, string folderPrefix, string? awsExtra = null)
    {
        Emulator = emulator;
        Dir = Directory.CreateTempSubdirectory(folderPrefix).FullName;
        PS = PowerShellHost.Create();
        PS.SetVariable("endpoint", emulator.Endpoint.ToString());
        PS.Run($"$aws = @{{ EndpointUrl = $endpoint; AccessKey = '{EmulatorFixture.AccessKey}'; SecretKey = '{EmulatorFixture.SecretKey}'{(awsExtra is null ? string.Empty : "; " + awsExtra)} }}");
    }

    protected SteppingEmulatorFixture Emulator { get; }

    protected PowerShellHost PS { get; }

    protected string Dir { get; }

    public void Dispose()
    {
        PS.Dispose();
        Directory.Delete(Dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs a script with <c>$dir</c> set: its output, errors and progress records (a terminating error is thrown).</summary>
    protected (IReadOnlyList<PSObject> Output, IReadOnlyList<ErrorRecord> Errors, IReadOnlyList<ProgressRecord> Progress) Run(string script)
    {
        PS.SetVariable("dir", Dir);
        var (output, errors, _, progress) = PS.RunWithProgress(script);
        return (output, errors, progress);
    }

    /// <summary>Puts <paramref name="csv"/> in the import bucket under <paramref name="key"/> and imports it into <paramref name="region"/>, waiting for the import.</summary>
    protected void Import(string region, string key, string csv)
    {
        Emulator.State.PutObject("my-import-bucket", key, Encoding.UTF8.GetBytes(csv));
        PS.Run($"Start-MGNImport -S3Bucket my-import-bucket -S3Key {key} -Region {region} -EndpointUrl $endpoint -AccessKey $aws.AccessKey -SecretKey $aws.SecretKey -Confirm:$false -Wait -PollInterval 0.01").AssertClean();
    }

    protected static void AssertNoErrors(IReadOnlyList<ErrorRecord> errors) =>
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.FullyQualifiedErrorId + ": " + e)));
}
