using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Dates;

/// <summary>
/// Dates from the wire are the instants the service meant, whatever the computer's time zone: every date of the
/// Import/Export query protocol (GetStatus, ListJobs) and of MGN's JSON (StartImport, ListImports, ListImportErrors) is
/// read by the module in a child process (tests/ImportExport.ScriptHost) whose TZ is east of UTC (Asia/Tokyo, +9) and
/// west of it (America/Los_Angeles, -8/-7), and compared exactly, to the wire's precision, with the time the emulator
/// stored. This test process keeps its own zone; only the child's is set.
/// </summary>
/// <remarks>
/// <para>
/// Bugs these tests guard against (each was put in once and seen to fail here; under TZ=UTC all of them pass the rest
/// of the suite):
/// - the query protocol's <c>ParseDate</c> parsing as local time (<c>DateTimeStyles.AssumeLocal</c> instead of
///   <c>AdjustToUniversal | AssumeUniversal</c>): every IE date off by the zone's offset, still marked UTC;
/// - the same in MGN's <c>Json.Date</c>;
/// - <c>AdjustToUniversal | AssumeLocal</c>: right for dates with a Z, wrong for a date without a designator (the raw
///   server's answers below), which the module reads as UTC.
/// </para>
/// <para>
/// What is checked is the instant (the value converted to UTC) and that the kind is not Unspecified; whether the
/// module presents dates as UTC or local is its own choice and not fixed here.
/// </para>
/// </remarks>
public sealed class TimeZoneDateTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string Script = """
        param($ModulePath, $Endpoint, $RawIe, $RawMgn, $JobId, $ImportId)
        $ErrorActionPreference = 'Stop'
        Import-Module $ModulePath
        $keys = @{ AccessKey = 'AKIAIOSFODNN7EXAMPLE'; SecretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'; Region = 'eu-west-1'; MaxRetry = 0 }
        $aws = @{ EndpointUrl = $Endpoint } + $keys
        function Out-Date($What, $Id, $Value) {
            [pscustomobject]@{ What = $What; Id = $Id; Kind = "$($Value.Kind)"; Utc = $Value.ToUniversalTime().ToString('o', [cultureinfo]::InvariantCulture) }
        }
        Out-Date GetStatus $JobId (Get-IEJobStatus -JobId $JobId @aws).CreationDate
        Out-Date ListJobs $JobId (Get-IEJob @aws | Where-Object JobId -eq $JobId).CreationDate
        $import = Get-MGNImport -ImportId $ImportId @aws
        Out-Date ListImports.creationDateTime $ImportId $import.CreationDateTime
        Out-Date ListImports.endDateTime $ImportId $import.EndDateTime
        Out-Date ListImportErrors $ImportId (Get-MGNImportError -ImportId $ImportId @aws -First 1).ErrorDateTime
        $started = Start-MGNImport -S3Bucket my-import-bucket -S3Key tz/started.csv @aws -Confirm:$false
        Out-Date StartImport $started.ImportId $started.CreationDateTime
        Get-IEJob -EndpointUrl $RawIe @keys | ForEach-Object { Out-Date RawListJobs $_.JobId $_.CreationDate }
        Get-MGNImport -EndpointUrl $RawMgn @keys | ForEach-Object { Out-Date RawListImports.creationDateTime $_.ImportId $_.CreationDateTime; Out-Date RawListImports.endDateTime $_.ImportId $_.EndDateTime }
        Get-MGNImportError -ImportId import-00000000000000000 -EndpointUrl $RawMgn @keys | ForEach-Object { Out-Date RawListImportErrors $_.RawError $_.ErrorDateTime }
        """;

    // Valid ISO 8601 forms a server may send besides the emulator's "Z": no designator (read as UTC), offsets, fractions.
    private static readonly (string Id, string Wire, string Utc)[] RawJobs =
    [
        ("NOZONE", "2026-03-08T10:00:00", "2026-03-08T10:00:00.0000000Z"),
        ("TOKYO", "2026-07-01T09:30:00+09:00", "2026-07-01T00:30:00.0000000Z"),
        ("LAFRAC", "2026-01-15T23:59:59.5-08:00", "2026-01-16T07:59:59.5000000Z"),
    ];

    private static readonly (string Wire, string Utc) RawImportCreated = ("2026-03-08T10:00:00.250", "2026-03-08T10:00:00.2500000Z");
    private static readonly (string Wire, string Utc) RawImportEnded = ("2026-03-08T19:00:00+09:00", "2026-03-08T10:00:00.0000000Z");
    private static readonly (string Wire, string Utc) RawErrorAt = ("2026-11-01T01:30:00-07:00", "2026-11-01T08:30:00.0000000Z");

    private static string ScriptHostAssembly
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var path = RepoPaths.Combine("tests", "ImportExport.ScriptHost", "bin", configuration, "net10.0", "ImportExport.ScriptHost.dll");
            Assert.True(File.Exists(path), $"The script host was not built: {path}");
            return path;
        }
    }

    [Theory]
    [InlineData("Asia/Tokyo")]
    [InlineData("America/Los_Angeles")]
    public async Task Dates_are_the_instants_the_service_stored_in_a_zone_away_from_UTC(string zone)
    {
        // What the child reads: a job and a failed import (with errors and an end) made here, in this process.
        using var ps = PowerShellHost.Create();
        ps.SetVariable("endpoint", emulator.Endpoint.ToString());
        ps.SetVariable("manifest", Manifests.Import());
        ps.Run($"$aws = @{{ EndpointUrl = $endpoint; AccessKey = '{EmulatorFixture.AccessKey}'; SecretKey = '{EmulatorFixture.SecretKey}'; Region = 'eu-west-1' }}");
        var jobId = ps.Run("New-IEJob -JobType Import -Manifest $manifest @aws -Confirm:$false").OutputOf<ImportExport.IE.CreatedJob>().Single().JobId!;
        var importId = ps.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key tz/failed.csv @aws -Confirm:$false").OutputOf<ImportExport.Mgn.ImportTask>().Single().ImportId!;
        emulator.State.AdvanceImport(importId, "FAILED");

        using var rawIe = new RawHttpServer(_ => RawHttpServer.Response(200, "text/xml", Encoding.UTF8.GetBytes(RawListJobs())));
        using var rawMgn = new RawHttpServer(path => RawHttpServer.Response(200, "application/json", Encoding.UTF8.GetBytes(path.StartsWith("/ListImportErrors", StringComparison.Ordinal) ? RawListImportErrors() : RawListImports())));

        var report = await RunChild(zone, jobId, importId, rawIe.BaseUri, rawMgn.BaseUri);

        // The child did run in that zone (a missing tz database would silently leave it in UTC).
        Assert.NotEqual(0, report.GetProperty("utcOffsetMinutes").GetDouble());
        var dates = report.GetProperty("output").EnumerateArray()
            .Select(o => (What: o.GetProperty("What").GetString()!, Id: o.GetProperty("Id").GetString()!, Kind: o.GetProperty("Kind").GetString()!, Utc: o.GetProperty("Utc").GetString()!))
            .ToList();
        Assert.All(dates, d => Assert.True(d.Kind is "Utc" or "Local", $"{d.What} {d.Id}: a date of kind {d.Kind} is not an instant"));

        string Read(string what, string? id = null) => dates.Single(d => d.What == what && (id is null || d.Id == id)).Utc;

        var job = emulator.State.GetJob(jobId)!;
        var import = emulator.State.GetImport(importId)!;
        var started = emulator.State.GetImport(dates.Single(d => d.What == "StartImport").Id)!;
        Assert.Equal(Seconds(job.CreationDate), Read("GetStatus"));
        Assert.Equal(Seconds(job.CreationDate), Read("ListJobs"));
        Assert.Equal(Milliseconds(import.CreationDateTime), Read("ListImports.creationDateTime"));
        Assert.Equal(Milliseconds(import.EndDateTime!.Value), Read("ListImports.endDateTime"));
        Assert.Equal(Milliseconds(import.Errors[0].ErrorDateTime), Read("ListImportErrors"));
        Assert.Equal(Milliseconds(started.CreationDateTime), Read("StartImport"));

        foreach (var (id, _, utc) in RawJobs)
        {
            Assert.Equal(utc, Read("RawListJobs", id));
        }

        Assert.Equal(RawImportCreated.Utc, Read("RawListImports.creationDateTime"));
        Assert.Equal(RawImportEnded.Utc, Read("RawListImports.endDateTime"));
        Assert.Equal(RawErrorAt.Utc, Read("RawListImportErrors"));
    }

    // The wire carries whole seconds (Import/Export) or milliseconds (MGN): the stored time at that precision.
    private static string Seconds(DateTimeOffset value) => Truncate(value, TimeSpan.TicksPerSecond);

    private static string Milliseconds(DateTimeOffset value) => Truncate(value, TimeSpan.TicksPerMillisecond);

    private static string Truncate(DateTimeOffset value, long unit)
    {
        var utc = value.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % unit), DateTimeKind.Utc).ToString("o", CultureInfo.InvariantCulture);
    }

    private static string RawListJobs()
    {
        var members = string.Concat(RawJobs.Select(j => $"<member><JobId>{j.Id}</JobId><CreationDate>{j.Wire}</CreationDate><IsCanceled>false</IsCanceled><JobType>Import</JobType></member>"));
        return $"<ListJobsResponse><ListJobsResult><Jobs>{members}</Jobs><IsTruncated>false</IsTruncated></ListJobsResult><ResponseMetadata><RequestId>tz</RequestId></ResponseMetadata></ListJobsResponse>";
    }

    private static string RawListImports() => JsonSerializer.Serialize(new
    {
        items = new[]
        {
            new
            {
                importID = "import-1a2b3c4d5e6f7g8h9",
                arn = "arn:aws:mgn:eu-west-1:111122223333:import/import-1a2b3c4d5e6f7g8h9",
                status = "SUCCEEDED",
                progressPercentage = 100,
                creationDateTime = RawImportCreated.Wire,
                endDateTime = RawImportEnded.Wire,
                s3BucketSource = new { s3Bucket = "my-import-bucket", s3Key = "raw.csv" },
            },
        },
    });

    private static string RawListImportErrors() => JsonSerializer.Serialize(new
    {
        items = new[] { new { errorDateTime = RawErrorAt.Wire, errorType = "VALIDATION_ERROR", errorData = new { rowNumber = 2, rawError = "raw" } } },
    });

    private async Task<JsonElement> RunChild(string zone, string jobId, string importId, Uri rawIe, Uri rawMgn)
    {
        var script = Path.Combine(Path.GetTempPath(), $"ie-tz-{Guid.NewGuid():N}.ps1");
        await File.WriteAllTextAsync(script, Script);
        try
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(ScriptHostAssembly);
            start.ArgumentList.Add(script);
            start.ArgumentList.Add($"ModulePath={PowerShellHost.StagedModuleManifest}");
            start.ArgumentList.Add($"Endpoint={emulator.Endpoint}");
            start.ArgumentList.Add($"RawIe={rawIe}");
            start.ArgumentList.Add($"RawMgn={rawMgn}");
            start.ArgumentList.Add($"JobId={jobId}");
            start.ArgumentList.Add($"ImportId={importId}");
            foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList())
            {
                start.Environment.Remove(name);
            }

            start.Environment["TZ"] = zone;
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"The script host under TZ={zone} did not finish within 3 minutes.\n{await stderr}");
            }

            var output = await stdout;
            Assert.True(process.ExitCode == 0, $"TZ={zone}: exit {process.ExitCode}\n{output}\n{await stderr}");
            return JsonDocument.Parse(output).RootElement.Clone();
        }
        finally
        {
            File.Delete(script);
        }
    }
}
