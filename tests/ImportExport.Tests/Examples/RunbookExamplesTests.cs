using System.Management.Automation;
using ImportExport.IE;
using ImportExport.Manifest;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Cmdlets;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Examples;

/// <summary>
/// The runbooks in examples/ run against the emulator as their help says. The hosted engine has no Utility
/// module, so for the CSV steps the runspace gets a small Export-Csv stand-in that writes the same columns
/// (header from the first object's properties, values as text); tests/Pester runs the runbooks with the real one.
/// </summary>
public sealed class RunbookExamplesTests : ModuleTestBase, IClassFixture<EmulatorFixture>, IDisposable
{
    private const string ExportCsvStandIn = """
        function Export-Csv {
            param([Parameter(ValueFromPipeline)] $InputObject, [string] $LiteralPath, [switch] $NoTypeInformation, [string] $Encoding)
            begin { $lines = [System.Collections.Generic.List[string]]::new(); $names = $null }
            process {
                if ($null -eq $names) { $names = @($InputObject.PSObject.Properties.Name); $lines.Add(($names | ForEach-Object { '"' + $_ + '"' }) -join ',') }
                $lines.Add((@($names | ForEach-Object { '"' + ("$($InputObject.$_)" -replace '"', '""') + '"' })) -join ',')
            }
            end { [System.IO.File]::WriteAllLines($LiteralPath, $lines) }
        }
        """;

    private readonly string _scratch = Directory.CreateTempSubdirectory("ie-runbooks-").FullName;

    public RunbookExamplesTests(EmulatorFixture emulator)
        : base(emulator)
    {
        PS.Run(ExportCsvStandIn);
        PS.SetVariable("examples", RepoPaths.Combine("examples"));
        PS.Run("$keys = @{ EndpointUrl = $endpoint; AccessKey = 'AKIAIOSFODNN7EXAMPLE'; SecretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }");
    }

    private string WriteManifest(string text)
    {
        var path = Path.Combine(_scratch, $"manifest-{Guid.NewGuid():N}.yml");
        File.WriteAllText(path, text);
        PS.SetVariable("manifestPath", path);
        return path;
    }

    [Fact]
    public void New_JobFromManifestFile_validates_then_creates_the_job_and_writes_the_signature()
    {
        WriteManifest(Manifests.Import());
        var device = Directory.CreateDirectory(Path.Combine(_scratch, "device")).FullName;
        PS.SetVariable("device", device);

        var result = PS.Run("& ([System.IO.Path]::Combine($examples, 'New-JobFromManifestFile.ps1')) -ManifestPath $manifestPath -DevicePath $device @keys -Confirm:$false");

        Assert.True(!result.Threw && result.Errors.Count == 0, result.Describe());
        var job = Assert.Single(result.OutputOf<CreatedJob>());
        Assert.NotNull(Emulator.State.GetJob(job.JobId!));
        Assert.Equal(job.SignatureFileContents, File.ReadAllText(Path.Combine(device, "SIGNATURE")));
        var creates = Emulator.State.Requests.Where(r => r.Operation == "CreateJob").TakeLast(2).Select(r => r.Parameters["ValidateOnly"]?.ToString());
        Assert.Equal(["true", "false"], creates);
    }

    [Fact]
    public void New_JobFromManifestFile_stops_at_local_problems_and_sends_nothing()
    {
        WriteManifest(Manifests.MissingBucket());
        var before = Emulator.State.Requests.Count;

        var result = PS.Run("& ([System.IO.Path]::Combine($examples, 'New-JobFromManifestFile.ps1')) -ManifestPath $manifestPath @keys -Confirm:$false");

        Assert.True(result.OutputOf<ManifestIssue>().Count > 0, result.Describe());
        Assert.NotEmpty(result.OutputOf<ManifestIssue>());
        Assert.Single(result.Warnings);
        Assert.Equal(before, Emulator.State.Requests.Count);
    }

    [Fact]
    public void Export_JobReport_writes_every_job_with_its_status_to_CSV()
    {
        var ids = Enumerable.Range(0, 3).Select(_ => NewJob()).ToList();
        PS.SetVariable("csv", Path.Combine(_scratch, "jobs.csv"));

        var result = PS.Run("& ([System.IO.Path]::Combine($examples, 'Export-JobReport.ps1')) -Path $csv @keys");

        Assert.True(!result.Threw && result.Errors.Count == 0, result.Describe());
        Assert.Empty(result.Errors);
        var file = Assert.Single(result.OutputOf<FileInfo>());
        var lines = File.ReadAllLines(file.FullName);
        Assert.Contains("\"JobId\"", lines[0]);
        Assert.Contains("\"ProgressCode\"", lines[0]);
        Assert.All(ids, id => Assert.Contains(lines, l => l.StartsWith($"\"{id}\"", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.Contains("System.", StringComparison.Ordinal));
    }

    /// <summary>Plays MGN: moves every open import of the test account to <paramref name="outcome"/> once it appears.</summary>
    private async Task FinishImportsAsync(string outcome, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            foreach (var import in Emulator.State.GetImports(EmulatorFixture.AccountId, "eu-west-1").Where(i => i.Status is "PENDING" or "STARTED"))
            {
                Emulator.State.AdvanceImport(import.ImportId, outcome);
            }

            await Task.Delay(20, CancellationToken.None);
        }
    }

    [Fact]
    public async Task Start_MgnImportAndWait_follows_a_successful_import_to_the_end()
    {
        using var stop = new CancellationTokenSource();
        var mgn = FinishImportsAsync("SUCCEEDED", stop.Token);

        var result = PS.Run("& ([System.IO.Path]::Combine($examples, 'Start-MgnImportAndWait.ps1')) -S3Bucket my-import-bucket -S3Key inventory/servers.csv -Region eu-west-1 -PollInterval 0.05 @keys -Confirm:$false");
        stop.Cancel();
        await mgn;

        Assert.True(!result.Threw && result.Errors.Count == 0, result.Describe());
        var summary = Assert.Single(result.Output);
        Assert.Equal("SUCCEEDED", summary.Properties["Status"].Value);
        Assert.NotNull(summary.Properties["ServersCreatedCount"].Value);
    }

    [Fact]
    public async Task Start_MgnImportAndWait_reports_the_rows_of_a_failed_import_to_CSV()
    {
        PS.SetVariable("errorsCsv", Path.Combine(_scratch, "import-errors.csv"));
        using var stop = new CancellationTokenSource();
        var mgn = FinishImportsAsync("FAILED", stop.Token);

        var result = PS.Run("& ([System.IO.Path]::Combine($examples, 'Start-MgnImportAndWait.ps1')) -S3Bucket my-import-bucket -S3Key inventory/broken.csv -Region eu-west-1 -PollInterval 0.05 -ErrorReportPath $errorsCsv @keys -Confirm:$false");
        stop.Cancel();
        await mgn;

        Assert.True(!result.Threw && result.Errors.Count == 0, result.Describe());
        var summary = Assert.Single(result.Output);
        Assert.Equal("FAILED", summary.Properties["Status"].Value);
        var errorCount = (int)summary.Properties["ErrorCount"].Value;
        Assert.True(errorCount > 0);
        var lines = File.ReadAllLines(Path.Combine(_scratch, "import-errors.csv"));
        Assert.Equal(errorCount + 1, lines.Length);
        Assert.Contains("\"RowNumber\"", lines[0]);
    }

    [Fact]
    public async Task Start_MgnImportAndWait_checks_uploads_and_imports_a_local_file()
    {
        var file = Path.Combine(_scratch, "wave1.csv");
        File.WriteAllText(file, ImportExport.Tests.Inventory.InventoryCatalogue.Valid);
        PS.SetVariable("file", file);
        using var stop = new CancellationTokenSource();
        var mgn = FinishImportsAsync("SUCCEEDED", stop.Token);

        var result = PS.Run("& ([System.IO.Path]::Combine($examples, 'Start-MgnImportAndWait.ps1')) -Path $file -S3Bucket my-import-bucket -S3Key runbook/wave1.csv -Region eu-west-1 -PollInterval 0.05 @keys -Confirm:$false");
        stop.Cancel();
        await mgn;

        Assert.True(!result.Threw && result.Errors.Count == 0, result.Describe());
        Assert.Equal("SUCCEEDED", Assert.Single(result.Output).Properties["Status"].Value);
        Assert.Equal(File.ReadAllBytes(file), Emulator.State.GetObject("my-import-bucket", "runbook/wave1.csv"));
    }

    [Fact]
    public void Start_MgnImportAndWait_reports_the_problems_of_a_local_file_to_CSV_and_uploads_nothing()
    {
        var file = Path.Combine(_scratch, "bad.csv");
        File.WriteAllText(file, ImportExport.Tests.Inventory.InventoryCatalogue.Warn);
        PS.SetVariable("file", file);
        PS.SetVariable("errorsCsv", Path.Combine(_scratch, "problems.csv"));

        var result = PS.Run("& ([System.IO.Path]::Combine($examples, 'Start-MgnImportAndWait.ps1')) -Path $file -S3Bucket my-import-bucket -S3Key runbook/bad.csv -Region eu-west-1 -ErrorReportPath $errorsCsv @keys -Confirm:$false");

        Assert.True(!result.Threw && result.Errors.Count == 0, result.Describe());
        var summary = Assert.Single(result.Output);
        Assert.Equal("CHECK_FAILED", summary.Properties["Status"].Value);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(_scratch, "problems.csv")).Length);
        Assert.Null(Emulator.State.GetObject("my-import-bucket", "runbook/bad.csv"));
    }

    // Re-implementing IDisposable makes xunit call this one (with "new" alone it called the base's, and the scratch stayed).
    public new void Dispose()
    {
        base.Dispose();
        Directory.Delete(_scratch, recursive: true);
    }
}
