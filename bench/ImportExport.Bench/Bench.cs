using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ImportExport.IE;
using ImportExport.Runtime;

namespace ImportExport.Bench;

/// <summary>Runs the four measurements in one emulator and prints the tables (markdown).</summary>
internal sealed class Bench(Options options, Paths paths)
{
    private const int PageSize = 1000;
    private const int MemorySmall = 1_000;
    private readonly Dictionary<string, object?> raw = new();
    private readonly Report report = new();
    private ImportExportClient? client;
    private EmulatorProcess? emulator;
    private string jobId = "";
    private bool hasBotocore;
    private bool hasJs;
    private string hostDll = "";
    private string hostKind = "";

    private int[] PagingSizes => options.Quick ? [10_000] : [10_000, 100_000];

    private int MemoryLarge => options.Quick ? 10_000 : 100_000;

    public void Run()
    {
        CheckBuilt();
        var machine = Machine.Describe(paths);
        hasBotocore = machine.Botocore is not null;
        hasJs = machine.AwsSdkJs is not null;
        raw["machine"] = machine;
        raw["options"] = new { options.Quick, options.Rounds, options.Calls, Only = options.Only.ToArray(), module = paths.ModuleManifest };
        report.Header(machine, options, paths);
        if (!hasBotocore)
        {
            report.Note("botocore is not importable by " + paths.Python + ": its columns are n/a (run tests/peers/setup.sh).");
        }

        if (!hasJs)
        {
            report.Note("aws-sdk JS is not installed in tests/peers/js: its columns are n/a (run tests/peers/setup.sh).");
        }

        PrepareHost();
        Progress("starting the emulator");
        using (emulator = EmulatorProcess.Start(paths))
        {
            emulator.SeedTo(MemorySmall);
            client = ServiceClients.ImportExport(new AwsConnectionSettings { EndpointUrl = emulator.Endpoint }).Client;
            jobId = client.ListJobs(new ListJobsRequest { MaxJobs = 1 }).Jobs[0].JobId!;

            // Diagnostic beside each memory figure: the same listing with generation 0 capped at 4 MB (DOTNET_GCgen0size),
            // to show how much of the peak is the GC's gen0 budget (sized from the CPU's cache on workstation GC)
            // rather than anything kept.
            var smallGen0 = new Dictionary<string, string> { ["DOTNET_GCgen0size"] = "0x400000" };
            var memorySmall = options.Only.Contains("memory") ? MeasureMemory(MemorySmall) : null;
            var memorySmallSmallGen0 = options.Only.Contains("memory") ? MeasureMemory(MemorySmall, smallGen0) : null;
            if (options.Only.Contains("paging"))
            {
                foreach (var size in PagingSizes)
                {
                    emulator.SeedTo(size);
                    MeasurePaging(size);
                }
            }

            if (memorySmall is not null)
            {
                emulator.SeedTo(MemoryLarge);
                var memoryLarge = MeasureMemory(MemoryLarge);
                var memoryLargeSmallGen0 = MeasureMemory(MemoryLarge, smallGen0);
                report.Memory(MemorySmall, memorySmall, MemoryLarge, memoryLarge, memorySmallSmallGen0!, memoryLargeSmallGen0);
            }

            if (options.Only.Contains("percall"))
            {
                MeasurePerCall();
            }

            if (options.Only.Contains("cold"))
            {
                MeasureColdStart();
            }

            if (options.Only.Contains("inventory"))
            {
                MeasureInventory();
            }

            if (options.Only.Contains("shell"))
            {
                MeasureShell();
            }
        }

        if (raw.TryGetValue("clientCode", out var code))
        {
            report.Note($"Our paging and per-call figures run in a fresh bare host per round ({hostKind}), with the module imported as pwsh imports it; " +
                        $"\"our client alone\" there is {code}, called without PowerShell.");
        }

        var text = report.ToString();
        Console.WriteLine(text);
        if (options.Json is { } json)
        {
            File.WriteAllText(json, JsonSerializer.Serialize(raw, new JsonSerializerOptions { WriteIndented = true }));
        }

        if (options.UpdateReadme)
        {
            Readme.Update(Path.Combine(paths.RepoRoot, "bench", "README.md"), text);
            Progress("bench/README.md updated");
        }
    }

    private void CheckBuilt()
    {
        foreach (var file in new[] { paths.ModuleManifest, paths.EmulatorDll, paths.HostDll })
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"{file} is missing. Run the bench with `dotnet run -c Release --project bench/ImportExport.Bench` (it builds what it needs).");
            }
        }
    }

    /// <summary>
    /// Fresh-process figures come from the bare host published ReadyToRun (the engine precompiled, as pwsh ships it);
    /// the IL-only build (how the tests host the NuGet engine) is the fallback and one extra cold-start row.
    /// </summary>
    private void PrepareHost()
    {
        hostDll = paths.HostDll;
        hostKind = "IL-only engine (NuGet System.Management.Automation, JIT-compiled)";
        if (options.NoReadyToRun)
        {
            return;
        }

        Progress("publishing the bare engine host ReadyToRun (first time: a minute)");
        try
        {
            Child.Run(paths.Dotnet, ["publish", paths.HostProject, "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier,
                "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", paths.ReadyToRunHostDir, "--nologo", "-v", "quiet"], TimeSpan.FromMinutes(9));
            hostDll = paths.ReadyToRunHostDll;
            hostKind = "ReadyToRun engine host (precompiled like pwsh)";
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            report.Note("The ReadyToRun host could not be published, so fresh-process figures use the IL-only engine: " + ex.Message.Split('\n')[0]);
        }
    }

    // ---- paging ---------------------------------------------------------------------------------------------

    private void MeasurePaging(int size)
    {
        Progress($"paging: {size:N0} jobs, {options.Rounds} round(s)");
        var hosted = new List<double>();
        var direct = new List<double>();
        var boto = new List<double>();
        var js = new List<double>();
        for (var round = 0; round < options.Rounds; round++)
        {
            // Ours in a fresh bare host each round (the module loaded as in pwsh), warmed there on ten pages.
            var ours = Child.Run(paths.Dotnet, ["exec", hostDll, "paging", "--module", paths.ModuleManifest, "--endpoint", emulator!.Endpoint,
                "--page-size", PageSize.ToString(CultureInfo.InvariantCulture), "--expected", size.ToString(CultureInfo.InvariantCulture)]).Json;
            hosted.Add(ours.GetProperty("hostedJobsPerSecond").GetDouble());
            direct.Add(ours.GetProperty("clientJobsPerSecond").GetDouble());
            raw["clientCode"] = ours.GetProperty("clientCode").GetString();
            if (hasBotocore)
            {
                boto.Add(PeerJobsPerSecond(paths.Python, paths.BotocorePeer, size));
            }

            if (hasJs)
            {
                js.Add(PeerJobsPerSecond(paths.Node, paths.JsPeer, size));
            }
        }

        raw[$"paging.{size}"] = new { hostedJobsPerSecond = hosted, clientJobsPerSecond = direct, botocoreJobsPerSecond = boto, jsJobsPerSecond = js };
        report.Paging(size, Stats.Median(hosted), Stats.Median(direct), Stats.MedianOrNull(boto), Stats.MedianOrNull(js),
            Stats.MedianRatio(hosted, boto), Stats.MedianRatio(hosted, js));
    }

    private double PeerJobsPerSecond(string interpreter, string script, int expected)
    {
        var json = Child.Run(interpreter, [script, "list", "--endpoint", emulator!.Endpoint, "--page-size", PageSize.ToString(CultureInfo.InvariantCulture)]).Json;
        Expect(json.GetProperty("jobs").GetInt64(), expected, Path.GetFileName(script));
        return expected / json.GetProperty("seconds").GetDouble();
    }

    // ---- memory ---------------------------------------------------------------------------------------------

    private MemoryFigures MeasureMemory(int size, IReadOnlyDictionary<string, string>? environment = null)
    {
        var rounds = Math.Max(1, options.Rounds - 1);
        Progress($"memory: {size:N0} jobs, {rounds} fresh process(es)");
        var runs = new List<JsonElement>();
        for (var round = 0; round < rounds; round++)
        {
            var json = Child.Run(paths.Dotnet, ["exec", hostDll, "list", "--module", paths.ModuleManifest, "--endpoint", emulator!.Endpoint, "--page-size", PageSize.ToString(CultureInfo.InvariantCulture)], extraEnvironment: environment).Json;
            Expect(json.GetProperty("jobs").GetInt64(), size, "Get-IEJob (fresh process)");
            runs.Add(json);
        }

        raw[environment is null ? $"memory.{size}" : $"memory.{size}.gen0-4MB"] = new { host = hostKind, runs };
        return new MemoryFigures(
            Stats.Median(runs.Select(r => (double)r.GetProperty("peakBytes").GetInt64())),
            Stats.Median(runs.Select(r => (double)(r.GetProperty("peakBytes").GetInt64() - r.GetProperty("rssBeforeBytes").GetInt64()))),
            runs.All(r => r.GetProperty("peakResetWorked").GetBoolean()),
            Stats.Median(runs.Select(r => (double)(r.GetProperty("retainedAfterFullGcBytes").GetInt64() - r.GetProperty("retainedBeforeBytes").GetInt64()))),
            Stats.Median(runs.Select(r => (double)r.GetProperty("gcCount0").GetInt32())));
    }

    // ---- per-call -------------------------------------------------------------------------------------------

    private void MeasurePerCall()
    {
        var calls = options.Calls;
        Progress($"per-call: {calls} GetStatus calls x {options.Rounds} round(s)");

        // Our client against an in-memory HTTP handler, in this process (the bench's compile-time copy of the client):
        // a client of its own (another endpoint, so another cache entry).
        ImportExportClient inMemory;
        using (ServiceClients.AddConfigurator(config => config.HttpClientFactory = new InMemoryHttpClientFactory()))
        {
            inMemory = ServiceClients.ImportExport(new AwsConnectionSettings { EndpointUrl = "http://127.0.0.1:9" }).Client;
        }

        var request = new GetStatusRequest { JobId = "ABCDE" };
        Time(() => { for (var i = 0; i < 200; i++) inMemory.GetStatus(request); });

        var samples = new Dictionary<string, List<(double Wall, double Cpu)>>();
        void Add(string name, double wall, double cpu) => (samples.TryGetValue(name, out var list) ? list : samples[name] = []).Add((wall, cpu));
        var botoUs = new List<double>();
        var jsUs = new List<double>();
        for (var round = 0; round < options.Rounds; round++)
        {
            // Floor, our client and Get-IEJobStatus in one fresh bare host per round (warmed there), one after the other.
            var ours = Child.Run(paths.Dotnet, ["exec", hostDll, "percall", "--module", paths.ModuleManifest, "--endpoint", emulator!.Endpoint,
                "--job-id", jobId, "--calls", calls.ToString(CultureInfo.InvariantCulture)]).Json;
            foreach (var name in new[] { "floor", "client", "hosted", "piped" })
            {
                var m = ours.GetProperty(name);
                Add(name, m.GetProperty("wallUs").GetDouble(), m.GetProperty("cpuUs").GetDouble());
            }

            var (wall, cpu) = Time(() => { for (var i = 0; i < calls; i++) inMemory.GetStatus(request); });
            Add("inMemory", wall.TotalMicroseconds / calls, cpu.TotalMicroseconds / calls);
            if (hasBotocore)
            {
                botoUs.Add(PeerMicrosecondsPerCall(paths.Python, paths.BotocorePeer, Math.Max(100, calls / 4)));
            }

            if (hasJs)
            {
                jsUs.Add(PeerMicrosecondsPerCall(paths.Node, paths.JsPeer, calls));
            }
        }

        List<double> Wall(string name) => samples[name].Select(s => s.Wall).ToList();
        PerCallRow Row(string name) => new(Stats.Median(Wall(name)), Stats.Median(samples[name].Select(s => s.Cpu)), Stats.MedianRatio(Wall(name), Wall("floor"))!.Value);
        raw["percall"] = new { calls, samples = samples.ToDictionary(s => s.Key, s => s.Value.Select(v => new { wallUs = v.Wall, cpuUs = v.Cpu })), botocoreUs = botoUs, jsUs };
        report.PerCall(calls, Row("floor"), Row("client"), Row("hosted"), Row("piped"), Row("inMemory"), Stats.MedianOrNull(botoUs), Stats.MedianOrNull(jsUs));
    }

    private double PeerMicrosecondsPerCall(string interpreter, string script, int calls)
    {
        var json = Child.Run(interpreter, [script, "status", "--endpoint", emulator!.Endpoint, "--job-id", jobId, "--calls", calls.ToString(CultureInfo.InvariantCulture), "--warmup", "100"]).Json;
        return json.GetProperty("seconds").GetDouble() * 1e6 / json.GetProperty("calls").GetInt32();
    }

    // ---- cold start -----------------------------------------------------------------------------------------

    private void MeasureColdStart()
    {
        var rounds = options.Quick ? 1 : (2 * options.Rounds) - 1;
        Progress($"cold start: {rounds} round(s) of fresh processes");
        var emptyModule = EmptyModule.Create();
        var ours = new List<JsonElement>();
        var ilOnly = new List<JsonElement>();
        var empty = new List<JsonElement>();
        var first = new List<(JsonElement Json, TimeSpan Wall)>();
        var boto = new List<(JsonElement Json, TimeSpan Wall)>();
        for (var round = 0; round < rounds; round++)
        {
            ours.Add(Child.Run(paths.Dotnet, ["exec", hostDll, "import", "--module", paths.ModuleManifest]).Json);
            empty.Add(Child.Run(paths.Dotnet, ["exec", hostDll, "import", "--module", emptyModule]).Json);
            if (hostDll != paths.HostDll)
            {
                ilOnly.Add(Child.Run(paths.Dotnet, ["exec", paths.HostDll, "import", "--module", paths.ModuleManifest]).Json);
            }

            var call = Child.Run(paths.Dotnet, ["exec", hostDll, "first-call", "--module", paths.ModuleManifest, "--endpoint", emulator!.Endpoint, "--job-id", jobId]);
            first.Add((call.Json, call.Wall));
            if (hasBotocore)
            {
                var py = Child.Run(paths.Python, [paths.BotocorePeer, "cold", "--endpoint", emulator.Endpoint, "--job-id", jobId]);
                boto.Add((py.Json, py.Wall));
            }
        }

        raw["cold"] = new
        {
            host = hostKind,
            import = ours,
            ilOnlyEngineImport = ilOnly,
            emptyModuleImport = empty,
            firstCall = first.Select(f => new { f.Json, wallMs = f.Wall.TotalMilliseconds }),
            botocore = boto.Select(b => new { b.Json, wallMs = b.Wall.TotalMilliseconds }),
        };

        double M(IEnumerable<JsonElement> runs, string name) => Stats.Median(runs.Select(r => r.GetProperty(name).GetDouble()));
        var engineAssemblies = empty.SelectMany(Assemblies).ToHashSet(StringComparer.Ordinal);
        var figures = new ColdFigures(
            ImportMs: M(ours, "importMs"),
            EmptyImportMs: M(empty, "importMs"),
            SecondImportMs: M(ours, "secondImportMs"),
            IlOnlyImportMs: ilOnly.Count > 0 ? M(ilOnly, "importMs") : null,
            Host: hostKind,
            EngineStartMs: M(ours, "engineStartMs"),
            OursImportAndCallMs: M(first.Select(f => f.Json), "importAndFirstCallMs"),
            ImportAndCallRatio: Stats.MedianRatio(
                first.Select(f => f.Json.GetProperty("importAndFirstCallMs").GetDouble()).ToList(),
                boto.Select(b => b.Json.GetProperty("importAndFirstCallMs").GetDouble()).ToList()),
            OursFirstCallMs: M(first.Select(f => f.Json), "firstCallMs"),
            OursWallMs: Stats.Median(first.Select(f => f.Wall.TotalMilliseconds)),
            BotoImportAndCallMs: boto.Count > 0 ? M(boto.Select(b => b.Json), "importAndFirstCallMs") : null,
            BotoImportMs: boto.Count > 0 ? M(boto.Select(b => b.Json), "importMs") : null,
            BotoClientMs: boto.Count > 0 ? M(boto.Select(b => b.Json), "clientMs") : null,
            BotoFirstCallMs: boto.Count > 0 ? M(boto.Select(b => b.Json), "firstCallMs") : null,
            BotoWallMs: boto.Count > 0 ? Stats.Median(boto.Select(b => b.Wall.TotalMilliseconds)) : null,
            OurAssemblies: Assemblies(ours[0]).Where(a => !engineAssemblies.Contains(a)).ToList(),
            EngineAssemblies: Assemblies(ours[0]).Where(engineAssemblies.Contains).ToList(),
            Rounds: rounds);
        report.Cold(figures);
    }

    // ---- the real shell --------------------------------------------------------------------------------------

    private void MeasureShell()
    {
        if (Shell.FindPwsh() is not { } pwsh)
        {
            report.Note("pwsh 7.6.9 (the repository's .NET tool) is not installed: no real-shell rows (run `dotnet tool restore`).");
            return;
        }

        var aws = Shell.FindAwsCli();
        if (aws is null)
        {
            report.Note("The AWS CLI is not on PATH: its real-shell rows are n/a.");
        }

        // The same module with ReadyToRun copies for this platform (Module.targets, ModuleReadyToRun), staged apart.
        string? readyToRun = null;
        ReadyToRunCost? cost = null;
        if (options.Module is null && !options.NoReadyToRun)
        {
            Progress("staging the module with ReadyToRun copies for this platform");
            try
            {
                var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
                Child.Run(paths.Dotnet, ["build", Path.Combine(paths.RepoRoot, "src", "ImportExport", "ImportExport.csproj"), "-c", paths.Configuration,
                    "-p:ModuleReadyToRun=true", $"-p:ModuleReadyToRunRuntimes={rid}", $"-p:ModuleStageDirectory={paths.ReadyToRunModuleDir}/", "--nologo", "-v", "quiet"], TimeSpan.FromMinutes(9));
                readyToRun = Path.Combine(paths.ReadyToRunModuleDir, "ImportExport.psd1");
                cost = ReadyToRunCost.Of(Path.Combine(paths.ReadyToRunModuleDir, "dependencies"), rid);
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
            {
                report.Note("The ReadyToRun variant could not be staged, so it has no rows: " + ex.Message.Split('\n')[0]);
            }
        }

        var precompiled = options.NoReadyToRun ? null : PreparePrecompiledPwsh(pwsh);
        var rounds = options.Quick ? 2 : 3 * options.Rounds;
        Progress($"shell: {rounds} round(s) of whole pwsh and AWS CLI processes");
        var figures = new Shell(paths, emulator!.Endpoint, jobId, EmptyModule.Create()).Measure(pwsh, precompiled, aws, readyToRun, rounds, Progress);
        raw["shell"] = new { pwsh, precompiled, aws, readyToRun, cost, rounds, wallMs = figures.Wall, inner = figures.Inner };
        report.Shell(figures, cost);
    }

    /// <summary>
    /// Publishes the precompiled pwsh (bench/ImportExport.Bench.Pwsh: pwsh's own entry point over Microsoft.PowerShell.SDK,
    /// ReadyToRun for this platform, as the installers ship pwsh) into out/bench/pwsh-r2r/ (incremental: a few seconds when
    /// nothing changed) and copies the tool package's Modules folder beside it once; null (its rows n/a) if that fails.
    /// </summary>
    private string? PreparePrecompiledPwsh(string toolPwshDll)
    {
        Progress("publishing the precompiled pwsh (first time: several minutes)");
        try
        {
            Child.Run(paths.Dotnet, ["publish", paths.PrecompiledPwshProject, "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier,
                "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", paths.PrecompiledPwshDir, "--nologo", "-v", "quiet"], TimeSpan.FromMinutes(20));
            var modules = Path.Combine(paths.PrecompiledPwshDir, "Modules");
            if (!Directory.Exists(modules))
            {
                CopyDirectory(Path.Combine(Path.GetDirectoryName(toolPwshDll)!, "Modules"), modules);
            }

            return File.Exists(paths.PrecompiledPwsh) ? paths.PrecompiledPwsh : throw new InvalidOperationException(paths.PrecompiledPwsh + " was not published.");
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException)
        {
            report.Note("The precompiled pwsh could not be published, so its real-shell rows are n/a: " + ex.Message.Split('\n')[0]);
            return null;
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        var staging = to + ".partial";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(staging, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.Move(staging, to);
    }

    private void MeasureInventory()
    {
        if (Shell.FindPwsh() is not { } pwsh)
        {
            report.Note("pwsh 7.6.9 (the repository's .NET tool) is not installed: no inventory row (run `dotnet tool restore`).");
            return;
        }

        var figures = new InventoryCheck(paths).Measure(pwsh, options.Quick ? 3 : 2 * options.Rounds, options.Quick ? 5 : 9, Progress);
        raw["inventory"] = figures;
        var wide = new InventoryCheck(paths).Measure(pwsh, options.Quick ? 3 : 2 * options.Rounds, options.Quick ? 3 : 5, Progress, wide: true);
        raw["inventory-wide"] = wide;
        report.Inventory(figures, wide);
    }

    private static IEnumerable<string> Assemblies(JsonElement importRun) =>
        importRun.GetProperty("assembliesLoaded").EnumerateArray().Select(a => a.GetProperty("name").GetString()!);

    // ---- helpers --------------------------------------------------------------------------------------------

    /// <summary>Wall time and this process's CPU time (all its threads) of <paramref name="action"/>.</summary>
    private static (TimeSpan Wall, TimeSpan Cpu) Time(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        action();
        sw.Stop();
        process.Refresh();
        return (sw.Elapsed, process.TotalProcessorTime - cpu);
    }

    private static void Expect(long actual, long expected, string what)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"{what} saw {actual:N0} jobs, expected {expected:N0}.");
        }
    }

    private void Progress(string message)
    {
        Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
    }
}

internal sealed record PerCallRow(double WallUs, double CpuUs, double FloorRatio);

internal sealed record MemoryFigures(double PeakBytes, double GrowthBytes, bool PeakWasReset, double RetainedBytes, double Gen0Collections);

internal sealed record ColdFigures(
    double ImportMs, double EmptyImportMs, double SecondImportMs, double? IlOnlyImportMs, string Host, double EngineStartMs,
    double OursImportAndCallMs, double? ImportAndCallRatio, double OursFirstCallMs, double OursWallMs,
    double? BotoImportAndCallMs, double? BotoImportMs, double? BotoClientMs, double? BotoFirstCallMs, double? BotoWallMs,
    List<string> OurAssemblies, List<string> EngineAssemblies, int Rounds);

internal static class Stats
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public static double? MedianOrNull(IReadOnlyCollection<double> values) => values.Count == 0 ? null : Median(values);

    /// <summary>
    /// The median of the per-round ratios a[i]/b[i]: each pair was measured minutes apart at most, so on a noisy
    /// machine this is steadier than the ratio of the two medians.
    /// </summary>
    public static double? MedianRatio(IReadOnlyList<double> a, IReadOnlyList<double> b) =>
        a.Count == 0 || a.Count != b.Count ? null : Median(a.Zip(b, (x, y) => x / y));
}

/// <summary>A manifest module with one empty function: what any Import-Module costs the engine, for comparison.</summary>
internal static class EmptyModule
{
    public static string Create()
    {
        var dir = Path.Combine(Path.GetTempPath(), "importexport-bench-empty-module");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "Empty.psm1"), "function Get-Nothing { }\n");
        var manifest = Path.Combine(dir, "Empty.psd1");
        File.WriteAllText(manifest, """
            @{
                RootModule        = 'Empty.psm1'
                ModuleVersion     = '1.0.0'
                GUID              = '0c6f3f0e-5d0c-4d7e-9a43-3a9f3c1b2a10'
                FunctionsToExport = @('Get-Nothing')
                CmdletsToExport   = @()
                AliasesToExport   = @()
                VariablesToExport = @()
            }
            """);
        return manifest;
    }
}
