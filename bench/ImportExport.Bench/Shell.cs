using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace ImportExport.Bench;

/// <summary>
/// The real shell: whole processes of pwsh 7.6.9 (the repository's .NET tool, started as <c>dotnet pwsh.dll</c>, as
/// the tool shim starts it) and of the AWS CLI v1, timed by this process from start to exit. Every round runs each
/// row once, in the same order; the table gives medians and, for every comparison, the median of the per-round
/// differences or ratios.
/// </summary>
internal sealed class Shell(Paths paths, string endpoint, string jobId, string emptyModule)
{
    /// <summary>Session noise every pwsh row gets alike: no telemetry or update check at start-up.</summary>
    private static readonly IReadOnlyDictionary<string, string> PwshEnvironment = new Dictionary<string, string>
    {
        ["POWERSHELL_TELEMETRY_OPTOUT"] = "1",
        ["POWERSHELL_UPDATECHECK"] = "Off",
    };

    public const int TenCommands = 10;

    /// <summary>Calls per warm per-call row, and jobs listed by the warm paging row (the emulator holds at least 10,000).</summary>
    public const int WarmCalls = 1000;

    public const int WarmJobs = 10000;

    public static string? FindPwsh()
    {
        if (Environment.GetEnvironmentVariable("IMPORTEXPORT_BENCH_PWSH") is { Length: > 0 } given)
        {
            return given;
        }

        var home = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
            ? packages
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var path = Path.Combine(home, "powershell", "7.6.9", "tools", "net10.0", "any", OperatingSystem.IsWindows() ? "win" : "unix", "pwsh.dll");
        return File.Exists(path) ? path : null;
    }

    /// <summary>The AWS CLI's own entry point (a pyenv shim on PATH adds its own start-up; users of pyenv pay it, others not).</summary>
    public static string? FindAwsCli()
    {
        if (Environment.GetEnvironmentVariable("IMPORTEXPORT_BENCH_AWS") is { Length: > 0 } given)
        {
            return given;
        }

        var real = Child.FirstLine("pyenv", "which", "aws");
        if (real is { Length: > 0 } && File.Exists(real))
        {
            return real;
        }

        return Child.FirstLine("aws", "--version") is null ? null : "aws";
    }

    /// <summary>Rows of the precompiled pwsh carry this prefix (the IL tool's keep their names).</summary>
    public const string Precompiled = "p.";

    public ShellFigures Measure(string pwshDll, string? precompiledPwsh, string? aws, string? readyToRunModule, int rounds, Action<string> progress)
    {
        var module = paths.ModuleManifest;
        string Quote(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";
        var u = $"-EndpointUrl {Quote(endpoint)}";
        // In-process stopwatches (import, first command) so the whole-process figure can be split; they cost nothing measurable.
        // Written to the console directly: pipeline output would load PowerShell's formatting, which `$null = …` never does.
        string TimedStatus(string psd1) => "$t = [Diagnostics.Stopwatch]::StartNew(); Import-Module " + Quote(psd1) + "; $i = $t.Elapsed.TotalMilliseconds; " +
                          $"$null = Get-IEJobStatus -JobId {Quote(jobId)} {u} -ErrorAction Stop; " +
                          "[Console]::Out.WriteLine('{\"importMs\":' + $i + ',\"firstCallMs\":' + ($t.Elapsed.TotalMilliseconds - $i) + '}')";
        var timedStatus = TimedStatus(module);
        // The floor: PowerShell and .NET alone for one binary module and one HTTP request (no AWSSDK.Core, nothing of ours).
        var timedFloor = "$t = [Diagnostics.Stopwatch]::StartNew(); Import-Module " + Quote(paths.FloorModuleManifest) + "; $i = $t.Elapsed.TotalMilliseconds; " +
                         $"$null = Invoke-FloorRequest {Quote(endpoint)} -ErrorAction Stop; " +
                         "[Console]::Out.WriteLine('{\"importMs\":' + $i + ',\"firstCallMs\":' + ($t.Elapsed.TotalMilliseconds - $i) + '}')";
        string TimedList(string psd1) => "$t = [Diagnostics.Stopwatch]::StartNew(); Import-Module " + Quote(psd1) + "; $i = $t.Elapsed.TotalMilliseconds; " +
                        $"$null = Get-IEJob -First 1 {u} -ErrorAction Stop; " +
                        "[Console]::Out.WriteLine('{\"importMs\":' + $i + ',\"firstCallMs\":' + ($t.Elapsed.TotalMilliseconds - $i) + '}')";
        string Ten(string psd1) => "Import-Module " + Quote(psd1) + "; " +
                  string.Concat(Enumerable.Repeat($"$null = Get-IEJobStatus -JobId {Quote(jobId)} {u} -ErrorAction Stop; ", TenCommands));
        var ten = Ten(module);
        var rows = new List<(string Name, Func<ChildResult> Run)>
        {
            ("bare", () => RunPwsh(pwshDll, "exit")),
            ("empty", () => RunPwsh(pwshDll, "Import-Module " + Quote(emptyModule))),
            ("import", () => RunPwsh(pwshDll, "Import-Module " + Quote(module))),
            ("status", () => RunPwsh(pwshDll, timedStatus)),
            ("list", () => RunPwsh(pwshDll, TimedList(module))),
            ("ten", () => RunPwsh(pwshDll, ten)),
        };
        if (File.Exists(paths.FloorModuleManifest))
        {
            rows.Insert(2, ("httpFloor", () => RunPwsh(pwshDll, timedFloor)));
        }

        if (readyToRunModule is not null)
        {
            rows.Add(("importR2r", () => RunPwsh(pwshDll, "Import-Module " + Quote(readyToRunModule))));
            rows.Add(("statusR2r", () => RunPwsh(pwshDll, TimedStatus(readyToRunModule))));
        }

        // The same rows in the precompiled pwsh, where the module measured is the package's (its ReadyToRun copies when
        // staged): what a user of an installed pwsh runs.
        if (precompiledPwsh is not null)
        {
            var ours = readyToRunModule ?? module;
            rows.AddRange(
            [
                (Precompiled + "bare", () => RunPrecompiled(precompiledPwsh, "exit")),
                (Precompiled + "empty", () => RunPrecompiled(precompiledPwsh, "Import-Module " + Quote(emptyModule))),
                (Precompiled + "import", () => RunPrecompiled(precompiledPwsh, "Import-Module " + Quote(ours))),
                (Precompiled + "status", () => RunPrecompiled(precompiledPwsh, TimedStatus(ours))),
                (Precompiled + "list", () => RunPrecompiled(precompiledPwsh, TimedList(ours))),
                (Precompiled + "ten", () => RunPrecompiled(precompiledPwsh, Ten(ours))),
            ]);
            if (File.Exists(paths.FloorModuleManifest))
            {
                rows.Add((Precompiled + "httpFloor", () => RunPrecompiled(precompiledPwsh, timedFloor)));
            }
        }

        if (aws is not null)
        {
            rows.Add(("awsStatus", () => Child.Run(aws, ["importexport", "get-status", "--job-id", jobId, "--endpoint-url", endpoint, "--region", "us-east-1"])));
            rows.Add(("awsList", () => Child.Run(aws, ["importexport", "list-jobs", "--max-jobs", "1", "--endpoint-url", endpoint, "--region", "us-east-1"])));
        }

        if (File.Exists(paths.BotocorePeer))
        {
            rows.Add(("botocore", () => Child.Run(paths.Python, [paths.BotocorePeer, "cold", "--endpoint", endpoint, "--job-id", jobId])));
        }

        // Warm the file cache once (first runs of pwsh and python read hundreds of files from disk).
        foreach (var (_, run) in rows)
        {
            run();
        }

        var wall = rows.ToDictionary(r => r.Name, _ => new List<double>());
        var inner = new[] { "status", "list", "statusR2r", "httpFloor", Precompiled + "status", Precompiled + "list", Precompiled + "httpFloor" }
            .ToDictionary(name => name, _ => new List<JsonElement>());
        var awsTen = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            progress($"shell: round {round + 1} of {rounds}");
            foreach (var (name, run) in rows)
            {
                var r = run();
                wall[name].Add(r.Wall.TotalMilliseconds);
                if (inner.TryGetValue(name, out var list))
                {
                    list.Add(r.Json);
                }
            }

            if (aws is not null)
            {
                var sum = 0.0;
                for (var i = 0; i < TenCommands; i++)
                {
                    sum += Child.Run(aws, ["importexport", "get-status", "--job-id", jobId, "--endpoint-url", endpoint, "--region", "us-east-1"]).Wall.TotalMilliseconds;
                }

                awsTen.Add(sum);
            }
        }

        if (aws is not null)
        {
            wall["awsTen"] = awsTen;
        }

        // Warm rows in real pwsh: per call (a command per call, and ids piped) and paging, timed inside one pwsh per
        // round after warming each; the hosted tables above have the same measurements against the floor and the peers.
        var warmScript = "Import-Module " + Quote(module) + "; $id = " + Quote(jobId) + "; $u = " + Quote(endpoint) + "; $n = " + WarmCalls + "; " +
            "for ($i = 0; $i -lt 300; $i++) { $null = Get-IEJobStatus -JobId $id -EndpointUrl $u }; $null = @(1..300 | % { $id }) | Get-IEJobStatus -EndpointUrl $u; " +
            "$null = Get-IEJob -PageSize 1000 -First 10000 -EndpointUrl $u; $null = Get-IEJob -PageSize 1000 -First 10000 -EndpointUrl $u; Start-Sleep -Milliseconds 500; " +
            "$t = [Diagnostics.Stopwatch]::StartNew(); for ($i = 0; $i -lt $n; $i++) { $null = Get-IEJobStatus -JobId $id -EndpointUrl $u }; $loop = $t.Elapsed.TotalMilliseconds * 1000 / $n; " +
            "$ids = @(for ($i = 0; $i -lt $n; $i++) { $id }); $t.Restart(); $null = $ids | Get-IEJobStatus -EndpointUrl $u; $piped = $t.Elapsed.TotalMilliseconds * 1000 / $n; " +
            "$t.Restart(); $c = @(Get-IEJob -PageSize 1000 -First " + WarmJobs + " -EndpointUrl $u).Count; $paging = $c / $t.Elapsed.TotalSeconds; " +
            "'{\"loopUs\":' + $loop + ',\"pipedUs\":' + $piped + ',\"pagingJobsPerSecond\":' + $paging + ',\"jobs\":' + $c + '}'";
        var warm = new List<JsonElement>();
        for (var round = 0; round < Math.Max(1, rounds / 3); round++)
        {
            progress($"shell: warm per-call and paging in pwsh, round {round + 1}");
            warm.Add(RunPwsh(pwshDll, warmScript).Json);
        }

        inner["warm"] = warm;

        return new ShellFigures(wall, inner.ToDictionary(i => i.Key, i => (IReadOnlyList<JsonElement>)i.Value), rounds,
            Child.FirstLine(aws ?? "aws", "--version"));
    }

    private ChildResult RunPwsh(string pwshDll, string script) =>
        Child.Run(paths.Dotnet, ["exec", pwshDll, "-NoProfile", "-NonInteractive", "-Command", script], extraEnvironment: PwshEnvironment);

    private static ChildResult RunPrecompiled(string pwsh, string script) =>
        Child.Run(pwsh, ["-NoProfile", "-NonInteractive", "-Command", script], extraEnvironment: PwshEnvironment);
}

/// <summary>Whole-process wall times per row (ms, one per round) and the in-process splits of the first-command rows.</summary>
internal sealed record ShellFigures(
    IReadOnlyDictionary<string, List<double>> Wall, IReadOnlyDictionary<string, IReadOnlyList<JsonElement>> Inner, int Rounds, string? AwsVersion)
{
    public bool Has(string name) => Wall.ContainsKey(name) && Wall[name].Count > 0;

    public double Median(string name) => Stats.Median(Wall[name]);

    public double? Ratio(string a, string b) => Has(a) && Has(b) ? Stats.MedianRatio(Wall[a], Wall[b]) : null;

    public double? Difference(string a, string b) =>
        Has(a) && Has(b) ? Stats.Median(Wall[a].Zip(Wall[b], (x, y) => x - y)) : null;

    public double InnerMedian(string row, string field) => Stats.Median(Inner[row].Select(j => j.GetProperty(field).GetDouble()));

    public double? InnerRatio(string a, string b, string field) =>
        Inner.TryGetValue(a, out var x) && Inner.TryGetValue(b, out var y) && x.Count > 0
            ? Stats.MedianRatio(x.Select(j => j.GetProperty(field).GetDouble()).ToList(), y.Select(j => j.GetProperty(field).GetDouble()).ToList())
            : null;
}

/// <summary>What the ReadyToRun copies add to the package: bytes on disk and deflated (as in the .nupkg), for one platform.</summary>
internal sealed record ReadyToRunCost(string Rid, long Bytes, long Deflated, long IlBytes, long IlDeflated)
{
    public static ReadyToRunCost Of(string dependencies, string rid)
    {
        static (long Raw, long Deflated) Measure(IEnumerable<string> files)
        {
            long raw = 0;
            using var buffer = new MemoryStream();
            using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var file in files)
                {
                    raw += new FileInfo(file).Length;
                    System.IO.Compression.ZipFileExtensions.CreateEntryFromFile(zip, file, Path.GetFileName(file), System.IO.Compression.CompressionLevel.Optimal);
                }
            }

            return (raw, buffer.Length);
        }

        var images = Directory.GetFiles(Path.Combine(dependencies, rid), "*.dll");
        var (bytes, deflated) = Measure(images);
        var (il, ilDeflated) = Measure(images.Select(f => Path.Combine(dependencies, Path.GetFileName(f))));
        return new ReadyToRunCost(rid, bytes, deflated, il, ilDeflated);
    }
}
