using System.Management.Automation;
using ImportExport.Emulator;
using ImportExport.IE;

namespace ImportExport.Tests.Reliability;

/// <summary>
/// The cmdlets under ForEach-Object -Parallel: 8 runspaces share the process-wide client cache (first use races
/// included) while the emulator throttles, fails and drops connections; nothing is lost, nothing is duplicated, and
/// each runspace hears the retries of its own requests on its own verbose stream.
/// </summary>
public sealed class ConcurrencyTests(ReliabilityEmulator emulator) : ReliabilityTestBase(emulator), IClassFixture<ReliabilityEmulator>
{
    private const int Workers = 8;
    private const int CallsPerWorker = 10;

    [Fact]
    public void Eight_parallel_runspaces_create_read_and_import_without_losses_or_duplicates()
    {
        // Faults everywhere, except those that make CreateJob's outcome unknown (tested on their own).
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.Throttle, Rate = 0.15, Seed = 11 });
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.ServiceUnavailable, Rate = 0.05, Seed = 12 });
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.InternalError, Service = "importexport", Operation = "GetStatus", Rate = 0.1, Seed = 13 });
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.DropAfterCommit, Service = "mgn", Operation = "StartImport", Rate = 0.1, Seed = 14 });
        Emulator.State.ClearRequests();
        PS.SetVariable("manifestPath", PS.ModuleManifest);
        try
        {
            var result = RunClean($$"""
                1..{{Workers}} | ForEach-Object -ThrottleLimit {{Workers}} -Parallel {
                    Import-Module $using:manifestPath
                    $aws = $using:aws
                    $worker = $_
                    foreach ($n in 1..{{CallsPerWorker}}) {
                        # Two kinds of settings, so clients for both are built concurrently on first use.
                        $retry = 8 + ($worker % 2)
                        $jobManifest = ($using:manifest).Replace('deviceId: 49382', "deviceId: PAR-$worker-$n")
                        $job = New-IEJob -JobType Import -Manifest $jobManifest @aws -MaxRetry $retry -Confirm:$false -ErrorAction Stop
                        $records = Get-IEJobStatus -JobId $job.JobId @aws -MaxRetry $retry -Verbose -ErrorAction Stop 4>&1
                        $status = $records | Where-Object { $_ -is [ImportExport.IE.JobStatus] }
                        $notices = @($records | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'GetStatus: attempt*' }).Count
                        $import = Start-MGNImport -S3Bucket my-import-bucket -S3Key "par/$worker/$n.csv" @aws -MaxRetry $retry -Confirm:$false -ErrorAction Stop
                        [pscustomobject]@{
                            Worker = $worker; JobId = $job.JobId; StatusJobId = $status.JobId; Notices = $notices
                            ImportId = $import.ImportId; S3Key = $import.S3Key; Thread = [System.Threading.Thread]::CurrentThread.ManagedThreadId
                        }
                    }
                }
                """);
            var rows = result.Output.Select(o => new
            {
                JobId = (string)o.Properties["JobId"].Value,
                StatusJobId = (string)o.Properties["StatusJobId"].Value,
                Notices = (int)o.Properties["Notices"].Value,
                ImportId = (string)o.Properties["ImportId"].Value,
                S3Key = (string)o.Properties["S3Key"].Value,
                Thread = (int)o.Properties["Thread"].Value,
            }).ToList();

            Assert.Equal(Workers * CallsPerWorker, rows.Count);
            Assert.True(rows.Select(r => r.Thread).Distinct().Count() > 1, "the runspaces ran on one thread");
            Assert.All(rows, r => Assert.Equal(r.JobId, r.StatusJobId));
            Assert.Equal(rows.Count, rows.Select(r => r.JobId).Distinct().Count());
            Assert.Equal(rows.Count, rows.Select(r => r.ImportId).Distinct().Count());

            // Exactly one job per device id and one import per key in the emulator: no loss, no duplicate.
            Emulator.State.ClearFaults();
            var jobs = PS.Run("Get-IEJob @aws").OutputOf<JobSummary>()
                .Select(j => Emulator.State.GetJob(j.JobId!)!.Manifest)
                .Where(m => m.Contains("deviceId: PAR-", StringComparison.Ordinal))
                .ToList();
            Assert.Equal(rows.Count, jobs.Count);
            var imports = Emulator.State.GetImports(ReliabilityEmulator.AccountId, "eu-west-1").Where(i => i.S3Key.StartsWith("par/", StringComparison.Ordinal)).ToList();
            Assert.Equal(rows.Count, imports.Count);
            Assert.Equal(rows.Select(r => r.S3Key).Order(), imports.Select(i => i.S3Key).Order());

            // Every GetStatus retry was announced, in the runspace that made the request.
            var getStatus = Emulator.Requests("GetStatus");
            Assert.Equal(getStatus.Count - rows.Count, rows.Sum(r => r.Notices));
            Assert.True(Emulator.State.FaultsInjected.Values.Sum() > 0);
        }
        finally
        {
            Emulator.State.ClearFaults();
        }
    }
}
