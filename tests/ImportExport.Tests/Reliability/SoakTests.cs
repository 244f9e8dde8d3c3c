using System.Globalization;
using System.Management.Automation;
using System.Text;
using ImportExport.Emulator;
using ImportExport.IE;
using ImportExport.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ImportExport.Tests.Reliability;

/// <summary>
/// Soak: thousands of cmdlet calls (4 parallel runspaces) against the emulator while it throttles, fails with 500
/// and 503, drops connections before processing and drops answers after committing, for roughly a quarter of all
/// requests. The driver behaves like a careful user: it reruns what failed for sure, follows the advice of
/// CreateJobOutcomeUnknown (look before creating again) and of a failed Start-MGNImport (rerun with the same
/// -ClientToken). At the end every job and import in the emulator is matched with what the cmdlets reported:
/// none lost, none duplicated. The figures go to the test output. bench/soak/ has a longer version.
/// </summary>
public sealed class SoakTests : ReliabilityTestBase, IClassFixture<SoakTests.SoakEmulator>
{
    // IE_SOAK_WORKERS / IE_SOAK_ITERATIONS make it longer (bench/soak/run.sh); the defaults suit CI.
    private static readonly int Workers = Setting("IE_SOAK_WORKERS", 4);
    private static readonly int IterationsPerWorker = Setting("IE_SOAK_ITERATIONS", 370);
    private static readonly int MinCalls = Math.Min(5000, Workers * IterationsPerWorker * 3);

    private static readonly HashSet<string> ExpectedFailures = new(StringComparer.Ordinal)
    {
        // What a user may see after the retries are spent, or when a retry would be unsafe.
        "Throttling", "ThrottlingException", "InternalError", "InternalServerException", "ServiceUnavailable", "ServiceUnreachable",
        "CreateJobOutcomeUnknown",

        // Stop-IEJob whose answer was lost: the retry finds the job already canceled.
        "CanceledJobIdException",
    };

    private readonly ITestOutputHelper output;

    public SoakTests(SoakEmulator emulator, ITestOutputHelper output)
        : base(emulator)
    {
        this.output = output;
    }

    public sealed class SoakEmulator : ReliabilityEmulator
    {
        public SoakEmulator()
        {
            MaxRetryBackoff = TimeSpan.FromMilliseconds(5);
            Options.MaxRecordedRequests = 500_000;
        }
    }

    [Fact]
    public void Thousands_of_calls_under_faults_lose_nothing_and_duplicate_nothing()
    {
        var faults = new[]
        {
            new FaultSpec { Kind = FaultKind.Throttle, Rate = 0.08, Seed = 101 },
            new FaultSpec { Kind = FaultKind.InternalError, Rate = 0.05, Seed = 102 },
            new FaultSpec { Kind = FaultKind.ServiceUnavailable, Rate = 0.05, Seed = 103 },
            new FaultSpec { Kind = FaultKind.DropConnection, Rate = 0.04, Seed = 104 },
            new FaultSpec { Kind = FaultKind.DropAfterCommit, Rate = 0.04, Seed = 105 },
        };
        foreach (var fault in faults)
        {
            Emulator.State.InjectFault(fault);
        }

        Emulator.State.ClearRequests();
        PS.SetVariable("manifestPath", PS.ModuleManifest);

        // Phase 1: the workload.
        var run = PS.Run($$"""
            1..{{Workers}} | ForEach-Object -ThrottleLimit {{Workers}} -Parallel {
                Import-Module $using:manifestPath
                $aws = $using:aws
                $base = $using:manifest
                $w = $_
                function Report($kind, $key, $id, $errors) {
                    [pscustomobject]@{ Kind = $kind; Key = $key; Id = $id; Error = $(if ($errors) { $errors[0].FullyQualifiedErrorId.Split(',')[0] } else { $null }) }
                }
                foreach ($n in 1..{{IterationsPerWorker}}) {
                    $device = "SOAK-$w-$n"
                    $e = $null
                    $job = New-IEJob -JobType Import -Manifest $base.Replace('deviceId: 49382', "deviceId: $device") @aws -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable e
                    Report 'New-IEJob' $device $job.JobId $e

                    $e = $null
                    $import = Start-MGNImport -S3Bucket my-import-bucket -S3Key "soak/$w/$n.csv" -ClientToken "soak-$w-$n" @aws -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable e
                    Report 'Start-MGNImport' "soak/$w/$n.csv" $import.ImportId $e

                    if ($job) {
                        $e = $null
                        $status = Get-IEJobStatus -JobId $job.JobId @aws -ErrorAction SilentlyContinue -ErrorVariable e
                        Report 'Get-IEJobStatus' $job.JobId $status.JobId $e
                        if ($n % 3 -eq 0) {
                            $e = $null
                            $update = Update-IEJob -JobId $job.JobId -JobType Import -Manifest $base.Replace('deviceId: 49382', "deviceId: $device") @aws -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable e
                            Report 'Update-IEJob' $job.JobId $job.JobId $e
                        }
                        if ($n % 7 -eq 0) {
                            $e = $null
                            Stop-IEJob -JobId $job.JobId @aws -Force -ErrorAction SilentlyContinue -ErrorVariable e
                            Report 'Stop-IEJob' $job.JobId $job.JobId $e
                        }
                    }
                    if ($n % 10 -eq 0) {
                        $e = $null
                        $listed = @(Get-IEJob @aws -First 3 -ErrorAction SilentlyContinue -ErrorVariable e)
                        Report 'Get-IEJob' "list-$w-$n" $listed.Count $e
                    }
                }
            }
            """);
        run.AssertCompleted();
        var rows = run.Output.Select(Row.From).ToList();

        // Phase 2: what a careful user does about each failure (faults still on).
        var adopted = new Dictionary<string, string>(StringComparer.Ordinal);
        var reruns = new List<Row>();
        var snapshot = AllSoakJobs();
        foreach (var failed in rows.Where(r => r.Kind == "New-IEJob" && r.Error is not null))
        {
            if (failed.Error == "CreateJobOutcomeUnknown" && (snapshot.GetValueOrDefault(failed.Key) ?? []).SingleOrDefault() is { } existing)
            {
                // "Run Get-IEJob to see whether the job exists": it does; nothing to do.
                adopted[failed.Key] = existing;
                continue;
            }

            reruns.AddRange(RerunUntilDone(failed.Key, "New-IEJob -JobType Import -Manifest $args[0] @aws -Confirm:$false", Manifest(failed.Key)));
        }

        foreach (var failed in rows.Where(r => r.Kind == "Start-MGNImport" && r.Error is not null))
        {
            // "Run Start-MGNImport again with -ClientToken ...".
            var parts = failed.Key.Split('/');
            reruns.AddRange(RerunUntilDone(failed.Key, "Start-MGNImport -S3Bucket my-import-bucket -S3Key $args[0] -ClientToken $args[1] @aws -Confirm:$false", failed.Key, $"soak-{parts[1]}-{Path.GetFileNameWithoutExtension(parts[2])}"));
        }

        // The bill.
        Emulator.State.ClearFaults();
        var requests = Emulator.State.Requests;
        var all = rows.Concat(reruns).ToList();
        var calls = all.Count;
        var injected = Emulator.State.FaultsInjected.Values.Sum();
        var retries = requests.Count - requests.Select(r => r.Headers.TryGetValue("amz-sdk-invocation-id", out var id) ? id : r.RequestId).Distinct().Count();
        var failures = all.Where(r => r.Error is not null).GroupBy(r => r.Error!).ToDictionary(g => g.Key, g => g.Count());

        // Jobs: one per device, and it is the one the user knows (reported by New-IEJob, or found after an unknown outcome).
        var jobsByDevice = AllSoakJobs();
        var reportedJobs = all.Where(r => r.Kind == "New-IEJob" && r.Id is not null).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Select(r => r.Id!).ToHashSet());
        var devices = rows.Where(r => r.Kind == "New-IEJob").Select(r => r.Key).Distinct().ToList();
        var jobDuplicates = jobsByDevice.Sum(d => Math.Max(0, d.Value.Count - 1));
        var jobsLost = 0;
        foreach (var device in devices)
        {
            var known = reportedJobs.GetValueOrDefault(device) ?? [];
            if (adopted.TryGetValue(device, out var found))
            {
                known.Add(found);
            }

            var actual = jobsByDevice.GetValueOrDefault(device) ?? [];
            jobsLost += actual.Count(id => !known.Contains(id)) + known.Count(id => !actual.Contains(id));
        }

        // Imports: one per key, the one Start-MGNImport returned (first call or rerun).
        var importsByKey = Emulator.State.GetImports(ReliabilityEmulator.AccountId, "eu-west-1")
            .Where(i => i.S3Key.StartsWith("soak/", StringComparison.Ordinal))
            .GroupBy(i => i.S3Key)
            .ToDictionary(g => g.Key, g => g.Select(i => i.ImportId).ToList());
        var reportedImports = all.Where(r => r.Kind == "Start-MGNImport" && r.Id is not null).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Select(r => r.Id!).ToHashSet());
        var keys = rows.Where(r => r.Kind == "Start-MGNImport").Select(r => r.Key).Distinct().ToList();
        var importDuplicates = importsByKey.Sum(k => Math.Max(0, k.Value.Count - 1));
        var importsLost = keys.Sum(key =>
        {
            var known = reportedImports.GetValueOrDefault(key) ?? [];
            var actual = importsByKey.GetValueOrDefault(key) ?? [];
            return actual.Count(id => !known.Contains(id)) + known.Count(id => !actual.Contains(id)) + (actual.Count == 0 ? 1 : 0);
        });

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"soak: {calls} cmdlet calls ({rows.Count} workload + {reruns.Count} reruns by the user), {requests.Count} requests")
            .AppendLine(CultureInfo.InvariantCulture, $"faults injected: {injected} ({100.0 * injected / requests.Count:0.0}% of requests): {string.Join(", ", Emulator.State.FaultsInjected.OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Value}"))}")
            .AppendLine(CultureInfo.InvariantCulture, $"retries (requests resent by the module): {retries}")
            .AppendLine(CultureInfo.InvariantCulture, $"failures surfaced to the user: {failures.Values.Sum()} ({string.Join(", ", failures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key} {f.Value}"))})")
            .AppendLine(CultureInfo.InvariantCulture, $"unknown CreateJob outcomes resolved by looking: {adopted.Count} job(s) existed, {rows.Count(r => r.Error == "CreateJobOutcomeUnknown") - adopted.Count} did not")
            .AppendLine(CultureInfo.InvariantCulture, $"jobs: {devices.Count} wanted, {jobsByDevice.Sum(d => d.Value.Count)} in the service, lost {jobsLost}, duplicated {jobDuplicates}")
            .AppendLine(CultureInfo.InvariantCulture, $"imports: {keys.Count} wanted, {importsByKey.Sum(k => k.Value.Count)} in the service, lost {importsLost}, duplicated {importDuplicates}")
            .ToString();
        output.WriteLine(report);

        Assert.True(calls >= MinCalls, report);
        Assert.True(injected >= 0.2 * requests.Count, report);
        Assert.True(retries > 0, report);
        Assert.DoesNotContain(failures.Keys, id => !ExpectedFailures.Contains(id));
        Assert.True(jobsLost == 0, report);
        Assert.True(jobDuplicates == 0, report);
        Assert.True(importsLost == 0, report);
        Assert.True(importDuplicates == 0, report);
        Assert.Equal(devices.Count, jobsByDevice.Count);
        Assert.Equal(keys.Count, importsByKey.Count);
    }

    private static string Manifest(string device) => Clients.Manifests.Import(deviceId: device);

    // Reruns a command (at most 10 times) until it succeeds, as a user would; each run is a call.
    private List<Row> RerunUntilDone(string key, string command, params object[] args)
    {
        var rows = new List<Row>();
        for (var i = 0; i < 10; i++)
        {
            var result = PS.Run(command, args);
            var id = result.Output.Select(o => o.BaseObject).Select(o => o switch
            {
                CreatedJob job => job.JobId,
                ImportExport.Mgn.ImportTask task => task.ImportId,
                _ => null,
            }).FirstOrDefault(i => i is not null);
            var error = result.AllErrors.FirstOrDefault()?.FullyQualifiedErrorId.Split(',')[0];
            rows.Add(new Row(command.StartsWith("New-IEJob", StringComparison.Ordinal) ? "New-IEJob" : "Start-MGNImport", key, id, error));
            if (error is null)
            {
                return rows;
            }

            if (error == "CreateJobOutcomeUnknown" && NewestJobOf(key) is { } found)
            {
                // Looked (Get-IEJob lists the newest first), and it is there: the job the user keeps.
                rows[^1] = rows[^1] with { Id = found };
                return rows;
            }
        }

        return rows;
    }

    // What the error advises: look at the newest jobs.
    private string? NewestJobOf(string device)
    {
        for (var i = 0; i < 10; i++)
        {
            var listed = PS.Run("Get-IEJob @aws -First 10 -MaxRetry 10");
            if (listed.Errors.Count == 0)
            {
                return listed.OutputOf<JobSummary>().Select(j => j.JobId!).FirstOrDefault(id => DeviceOf(id) == device);
            }
        }

        throw new InvalidOperationException("Get-IEJob kept failing.");
    }

    private string DeviceOf(string jobId) =>
        Emulator.State.GetJob(jobId)!.Manifest.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("deviceId:", StringComparison.Ordinal))["deviceId:".Length..].Trim();

    private static int Setting(string variable, int fallback) =>
        int.TryParse(System.Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    // Every job of the run by device id, read through the cmdlet as a user would (newest first, all pages).
    private Dictionary<string, List<string>> AllSoakJobs()
    {
        PSRunResult listed;
        var tries = 0;
        do
        {
            // Under faults a listing can still fail after its retries: the user runs it again.
            listed = PS.Run("Get-IEJob @aws -PageSize 1000 -MaxRetry 10");
            listed.AssertCompleted();
        }
        while (listed.Errors.Count > 0 && ++tries < 10);

        Assert.Empty(listed.Errors);
        return listed.OutputOf<JobSummary>()
            .Select(j => (j.JobId!, Device: DeviceOf(j.JobId!)))
            .Where(j => j.Device.StartsWith("SOAK-", StringComparison.Ordinal))
            .GroupBy(j => j.Device)
            .ToDictionary(g => g.Key, g => g.Select(j => j.Item1).ToList());
    }

    private sealed record Row(string Kind, string Key, string? Id, string? Error)
    {
        public static Row From(PSObject o) => new(
            (string)o.Properties["Kind"].Value,
            (string)o.Properties["Key"].Value,
            o.Properties["Id"].Value?.ToString(),
            o.Properties["Error"].Value as string);
    }
}
