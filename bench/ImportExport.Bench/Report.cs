using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ImportExport.Bench;

/// <summary>The machine and tool versions the figures came from.</summary>
internal sealed record Machine(
    string Date, string Os, string Kernel, string Cpu, int Cores, string Memory, string Dotnet, string DotnetSdk,
    string PowerShell, string AwsSdkCore, string? Python, string? Botocore, string? Node, string? AwsSdkJs)
{
    public static Machine Describe(Paths paths)
    {
        string? ReadField(string file, string prefix) =>
            File.Exists(file) ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..].Trim().Trim('"') : null;

        var memKb = ReadField("/proc/meminfo", "MemTotal:")?.Split(' ')[0];
        var memory = memKb is null ? "?" : $"{long.Parse(memKb, CultureInfo.InvariantCulture) / 1024.0 / 1024.0:0.0} GiB";
        var cpu = ReadField("/proc/cpuinfo", "model name")?.TrimStart(':', ' ') ?? RuntimeInformation.ProcessArchitecture.ToString();
        var python = Child.FirstLine(paths.Python, "--version");
        var botocore = Child.FirstLine(paths.Python, "-c", "import botocore; print(botocore.__version__)");
        var node = Child.FirstLine(paths.Node, "--version");
        string? awsSdkJs = null;
        if (node is not null && File.Exists(paths.JsSdk))
        {
            awsSdkJs = JsonDocument.Parse(File.ReadAllText(paths.JsSdk)).RootElement.GetProperty("version").GetString();
        }

        static string Informational(Assembly a) =>
            (a.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? a.GetName().Version?.ToString() ?? "?").Split('+', ' ')[0];
        static string FileVersion(Assembly a) => a.GetCustomAttribute<AssemblyFileVersionAttribute>()?.Version ?? Informational(a);

        return new Machine(
            DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            ReadField("/etc/os-release", "PRETTY_NAME=") ?? RuntimeInformation.OSDescription,
            File.Exists("/proc/sys/kernel/osrelease") ? "Linux " + File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : RuntimeInformation.OSDescription,
            cpu,
            Environment.ProcessorCount,
            memory,
            RuntimeInformation.FrameworkDescription,
            Child.FirstLine(paths.Dotnet, "--version") ?? "?",
            Informational(typeof(System.Management.Automation.PSObject).Assembly),
            FileVersion(typeof(Amazon.Runtime.AmazonServiceClient).Assembly),
            python?.Replace("Python ", "", StringComparison.Ordinal),
            botocore,
            node?.TrimStart('v'),
            awsSdkJs);
    }
}

/// <summary>Markdown tables, in the order the measurements ran.</summary>
internal sealed class Report
{
    private readonly StringBuilder text = new();
    private readonly List<string> notes = [];

    public void Header(Machine m, Options options, Paths paths)
    {
        text.AppendLine($"### Figures ({(options.Quick ? "quick run" : "full run")}, {m.Date})");
        text.AppendLine();
        text.AppendLine($"Machine: {m.Cores} cores ({m.Cpu}), {m.Memory}, {m.Os} ({m.Kernel}). " +
                        $"{m.Dotnet} (SDK {m.DotnetSdk}), PowerShell engine {m.PowerShell} (hosted, NuGet), AWSSDK.Core {m.AwsSdkCore}; " +
                        $"Python {m.Python ?? "n/a"} with botocore {m.Botocore ?? "n/a"}; Node {m.Node ?? "n/a"} with aws-sdk {m.AwsSdkJs ?? "n/a"}. " +
                        $"Module: {Path.GetRelativePath(paths.RepoRoot, paths.ModuleManifest)} ({paths.Configuration}). Medians of {options.Rounds} round(s).");
        text.AppendLine();
    }

    public void Note(string note) => notes.Add(note);

    private bool pagingHeader;

    public void Paging(int size, double hosted, double client, double? boto, double? js, double? toBoto, double? toJs)
    {
        if (!pagingHeader)
        {
            pagingHeader = true;
            text.AppendLine("**Paging throughput** — every job listed to the end, page size 1000, jobs/second (higher is better)");
            text.AppendLine();
            text.AppendLine("| jobs | Get-IEJob (hosted engine) | our client alone | botocore paginator | aws-sdk JS loop | ours / botocore (target ≥ 1.5) | ours / JS |");
            text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        }

        text.AppendLine($"| {size:N0} | {hosted:N0} | {client:N0} | {N(boto)} | {N(js)} | **{R(toBoto)}** {Verdict(toBoto is null ? null : toBoto >= 1.5)} | {R(toJs)} |");
    }

    public void Memory(int small, MemoryFigures smallFigures, int large, MemoryFigures largeFigures, MemoryFigures smallGen0, MemoryFigures largeGen0)
    {
        EndTable();
        var growth = largeFigures.PeakBytes - smallFigures.PeakBytes;
        text.AppendLine($"**Streaming memory** — Get-IEJob to the end in a fresh bare-host process per size, objects counted by the host and dropped");
        text.AppendLine();
        text.AppendLine("| jobs listed | peak working set | growth during the listing | managed heap kept after it (full GC) | gen0 collections |");
        text.AppendLine("|---:|---:|---:|---:|---:|");
        text.AppendLine($"| {small:N0} | {MiB(smallFigures.PeakBytes)} | {MiB(smallFigures.GrowthBytes)} | {Signed(smallFigures.RetainedBytes)} | {smallFigures.Gen0Collections:0} |");
        text.AppendLine($"| {large:N0} | {MiB(largeFigures.PeakBytes)} | {MiB(largeFigures.GrowthBytes)} | {Signed(largeFigures.RetainedBytes)} | {largeFigures.Gen0Collections:0} |");
        text.AppendLine($"| {small:N0}, gen0 capped at 4 MB (diagnostic) | {MiB(smallGen0.PeakBytes)} | {MiB(smallGen0.GrowthBytes)} | {Signed(smallGen0.RetainedBytes)} | {smallGen0.Gen0Collections:0} |");
        text.AppendLine($"| {large:N0}, gen0 capped at 4 MB (diagnostic) | {MiB(largeGen0.PeakBytes)} | {MiB(largeGen0.GrowthBytes)} | {Signed(largeGen0.RetainedBytes)} | {largeGen0.Gen0Collections:0} |");
        text.AppendLine();
        text.AppendLine($"Peak of {large:N0} minus peak of {small:N0}: **{Signed(growth)}** (target < +20 MB) {Verdict(growth < 20 * 1024 * 1024)}" +
                        (smallFigures.PeakWasReset && largeFigures.PeakWasReset ? "" : " (the peak could not be reset before listing; growth includes start-up)") +
                        $". The managed heap kept after the listing stays at {Signed(largeFigures.RetainedBytes)} (the -JobId completion cache, capped at 10,000 ids): " +
                        "the peak's growth is the runtime's, not jobs kept — the GC's generation-0 budget (workstation GC sizes it from the CPU cache; capped at 4 MB " +
                        $"the difference is {Signed(largeGen0.PeakBytes - smallGen0.PeakBytes)}) and the JIT's tier-1 recompilation of the hot path during a long listing.");
        text.AppendLine();
    }

    public void PerCall(int calls, PerCallRow floor, PerCallRow client, PerCallRow hosted, PerCallRow piped, PerCallRow inMemory, double? botoUs, double? jsUs)
    {
        EndTable();
        text.AppendLine($"**Per-call overhead** — warm GetStatus, {calls:N0} calls per round, same emulator (lower is better; × floor is the median of per-round ratios)");
        text.AppendLine();
        text.AppendLine("| caller | µs per call | calls/second | CPU µs per call in this process | × floor |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        void Row(string what, PerCallRow r, string ratio) => text.AppendLine($"| {what} | {r.WallUs:N0} | {1e6 / r.WallUs:N0} | {r.CpuUs:N0} | {ratio} |");
        Row("floor: bare HttpClient, SigV4 signed per call with a cached key", floor, "1.00");
        Row("our client alone (ImportExportClient.GetStatus, the module's own copy)", client, $"{client.FloorRatio:0.00}");
        Row("Get-IEJobStatus, one command per call in a script loop (hosted engine)", hosted, $"**{hosted.FloorRatio:0.00}** (target ≤ 1.3) {Verdict(hosted.FloorRatio <= 1.3)}");
        Row("Get-IEJobStatus, the job ids piped into one command (hosted engine)", piped, $"{piped.FloorRatio:0.00} {Verdict(piped.FloorRatio <= 1.3)}");
        if (botoUs is { } b)
        {
            text.AppendLine($"| botocore get_status loop (its own process) | {b:N0} | {1e6 / b:N0} | | {b / floor.WallUs:0.00} |");
        }

        if (jsUs is { } j)
        {
            text.AppendLine($"| aws-sdk JS getStatus loop (its own process) | {j:N0} | {1e6 / j:N0} | | {j / floor.WallUs:0.00} |");
        }

        Row("our client against an in-memory HTTP response (no network, no emulator; the bench's compile-time copy of the client)", inMemory, "");
        text.AppendLine();
        static string Delta(double a, double b) => a - b > 0 ? $"{a - b:N0} µs" : "nothing measurable";
        text.AppendLine($"Where the time goes (medians): the client adds {Delta(client.WallUs, floor.WallUs)} to the floor; its pipeline alone (AWSSDK.Core handlers, SigV4, " +
                        $"XML, no I/O) costs {inMemory.WallUs:N0} µs; a Get-IEJobStatus command adds {Delta(hosted.WallUs, client.WallUs)} per invocation over the client, " +
                        $"a piped record {Delta(piped.WallUs, client.WallUs)}.");
        text.AppendLine();
    }

    public void Cold(ColdFigures c)
    {
        EndTable();
        text.AppendLine($"**Cold start** — fresh process each time ({c.Host}), medians of {c.Rounds} (lower is better)");
        text.AppendLine();
        text.AppendLine("| what | ours | comparison | ratio |");
        text.AppendLine("|---|---:|---:|---:|");
        text.AppendLine($"| Import-Module ImportExport (fresh process, fresh runspace; target ≤ 150 ms) | {c.ImportMs:N0} ms {Verdict(c.ImportMs <= 150)} | empty script module: {c.EmptyImportMs:N0} ms | ours − empty: {c.ImportMs - c.EmptyImportMs:N0} ms |");
        text.AppendLine($"| Import-Module again, second runspace, same process | {c.SecondImportMs:N0} ms | | |");
        if (c.IlOnlyImportMs is { } il)
        {
            text.AppendLine($"| Import-Module with the IL-only engine (NuGet System.Management.Automation JIT-compiled, as the tests host it) | {il:N0} ms | | |");
        }
        text.AppendLine($"| import + credential resolution + first call (vs botocore import + client + first call; target ≤ 1.0) | {c.OursImportAndCallMs:N0} ms | {N(c.BotoImportAndCallMs)} ms | **{R(c.ImportAndCallRatio)}** {Verdict(c.ImportAndCallRatio is null ? null : c.ImportAndCallRatio <= 1.0)} |");
        text.AppendLine($"| … of which the first call (ours: credentials, client, first request; botocore: first request) | {c.OursFirstCallMs:N0} ms | {N(c.BotoFirstCallMs)} ms (+ create_client {N(c.BotoClientMs)} ms) | |");
        text.AppendLine($"| whole process, start to exit (ours: .NET start-up + engine {c.EngineStartMs:N0} ms + the above) | {c.OursWallMs:N0} ms | {N(c.BotoWallMs)} ms | {Ratio(c.OursWallMs, c.BotoWallMs)} |");
        text.AppendLine();
        text.AppendLine($"Assemblies Import-Module loads for us: {string.Join(", ", c.OurAssemblies)}. " +
                        $"Loaded by the engine for any module import (the empty one too): {string.Join(", ", c.EngineAssemblies)}.");
        text.AppendLine();
    }

    public void Inventory(InventoryFigures f, InventoryFigures wide)
    {
        EndTable();
        text.AppendLine($"**MGN inventory files** — `Test-MGNImportFile` in real pwsh on a valid {f.Rows:N0}-row CSV ({MiB(f.Bytes)}), every rule checked, " +
                        $"beside Python's `csv.DictReader` only reading the same file; {f.Rounds} alternating rounds of one process a side, each timing its first call " +
                        $"and then {f.Passes} passes; the ratio is the median of the rounds' ratios of total time over those passes");
        text.AppendLine();
        text.AppendLine("| | per file | × csv.DictReader |");
        text.AppendLine("|---|---:|---:|");
        text.AppendLine($"| `Test-MGNImportFile -Quiet` (mean of the passes) | {f.OursMs:N0} ms | **{R(f.Ratio)}** (goal ≤ 1.0) {Verdict(f.Ratio <= 1.0)} |");
        text.AppendLine($"| `sum(1 for _ in csv.DictReader(f))` (mean of the passes) | {f.PythonMs:N0} ms | 1.00 |");
        text.AppendLine($"| the first call in the process, ours (median) | {f.OursFirstMs:N0} ms | {R(f.FirstRatio)} |");
        text.AppendLine($"| the first call in the process, Python's (median) | {f.PythonFirstMs:N0} ms | 1.00 |");
        text.AppendLine();
        text.AppendLine($"**MGN inventory files with many tag columns** — the same, on {wide.Rows:N0} rows of {wide.TagColumns:N0} `mgn:server:tag:*` columns, every cell " +
                        $"filled ({MiB(wide.Bytes)}; one TagCount problem a row, all written): the shape issue 24 found quadratic (64k columns took 18 s). " +
                        $"{wide.Rounds} alternating rounds, {wide.Passes} passes each");
        text.AppendLine();
        text.AppendLine("| | per file | × csv.DictReader |");
        text.AppendLine("|---|---:|---:|");
        text.AppendLine($"| `Test-MGNImportFile` (mean of the passes) | {wide.OursMs:N0} ms | **{R(wide.Ratio)}** (goal ≤ 2.0) {Verdict(wide.Ratio <= 2.0)} |");
        text.AppendLine($"| `sum(1 for _ in csv.DictReader(f))` (mean of the passes) | {wide.PythonMs:N0} ms | 1.00 |");
        text.AppendLine();
    }

    /// <summary>The real-shell table in the precompiled pwsh (what users run), with the goals judged there.</summary>
    private void PrecompiledShell(ShellFigures s)
    {
        const string P = ImportExport.Bench.Shell.Precompiled;
        text.AppendLine($"**The real shell, precompiled pwsh** — whole processes started and timed by the bench: pwsh 7.6.9 as the installers ship it, " +
                        $"its engine ReadyToRun (`out/bench/pwsh-r2r/pwsh -NoProfile -NonInteractive -Command …`, built by the bench, see \"What runs\"), " +
                        $"the module with its ReadyToRun copies for this platform, and {s.AwsVersion?.Split(' ')[0] ?? "the AWS CLI"}; " +
                        $"medians of {s.Rounds} interleaved rounds; differences and ratios are medians of the per-round ones (lower is better)");
        text.AppendLine();
        text.AppendLine("| process | wall | − bare pwsh | × AWS CLI |");
        text.AppendLine("|---|---:|---:|---:|");
        string W(string row) => s.Has(row) ? $"{s.Median(row):N0} ms" : "n/a";
        string D(string row) => s.Difference(row, P + "bare") is { } d ? (d < 0 ? $"−{-d:N0} ms" : $"+{d:N0} ms") : "";
        var own = s.Difference(P + "status", P + "bare");
        var overFloor = s.Difference(P + "status", P + "httpFloor");
        var runbook = s.Ratio(P + "status", "awsStatus");
        var import = s.Difference(P + "import", P + "empty");
        text.AppendLine($"| `pwsh -c exit` | {W(P + "bare")} | | {R(s.Ratio(P + "bare", "awsStatus"))} |");
        text.AppendLine($"| `pwsh -c \"Import-Module <empty module>\"` | {W(P + "empty")} | {D(P + "empty")} | |");
        if (s.Has(P + "httpFloor"))
        {
            text.AppendLine($"| the floor: `pwsh -c \"Import-Module <one-cmdlet binary module>; Invoke-FloorRequest <emulator>\"` (one HttpClient GET, nothing else) | {W(P + "httpFloor")} | {D(P + "httpFloor")} | {R(s.Ratio(P + "httpFloor", "awsStatus"))} |");
            text.AppendLine($"| … in that process: Import-Module {s.InnerMedian(P + "httpFloor", "importMs"):N0} ms, the request {s.InnerMedian(P + "httpFloor", "firstCallMs"):N0} ms | | | |");
        }

        text.AppendLine($"| `pwsh -c \"Import-Module ImportExport\"` | {W(P + "import")} | {D(P + "import")} | |");
        text.AppendLine($"| `pwsh -c \"Import-Module ImportExport; $null = Get-IEJobStatus -JobId X\"` | {W(P + "status")} | **{D(P + "status")}** (goal ≤ 120) {Verdict(own is null ? null : own <= 120)} | **{R(runbook)}** (goal ≤ 0.6) {Verdict(runbook is null ? null : runbook <= 0.6)} |");
        text.AppendLine($"| … in that process: Import-Module {s.InnerMedian(P + "status", "importMs"):N0} ms, the first Get-IEJobStatus {s.InnerMedian(P + "status", "firstCallMs"):N0} ms | | | |");
        text.AppendLine($"| `pwsh -c \"Import-Module ImportExport; $null = Get-IEJob -First 1\"` | {W(P + "list")} | {D(P + "list")} | {R(s.Ratio(P + "list", "awsList"))} (list-jobs) |");
        text.AppendLine($"| … in that process: Import-Module {s.InnerMedian(P + "list", "importMs"):N0} ms, the first Get-IEJob {s.InnerMedian(P + "list", "firstCallMs"):N0} ms | | | |");
        text.AppendLine($"| a ten-command script: one pwsh, Import-Module + {ImportExport.Bench.Shell.TenCommands} × Get-IEJobStatus | {W(P + "ten")} | {D(P + "ten")} | {R(s.Ratio(P + "ten", "awsTen"))} (× ten AWS CLI processes) |");
        text.AppendLine($"| `aws importexport get-status --job-id X` | {W("awsStatus")} | | 1.00 |");
        text.AppendLine($"| `aws importexport list-jobs --max-jobs 1` | {W("awsList")} | | |");
        text.AppendLine($"| botocore: one python3 process, import + client + get_status | {W("botocore")} | | {R(s.Ratio("botocore", "awsStatus"))} |");
        text.AppendLine($"| {ImportExport.Bench.Shell.TenCommands} × `aws importexport get-status`, one process each | {W("awsTen")} | | |");
        text.AppendLine();
        text.AppendLine($"Goals (precompiled pwsh): the module's own cold cost (import + first GetStatus − bare pwsh) **{N(own)} ms** (≤ 120) {Verdict(own is null ? null : own <= 120)}, " +
                        $"**{N(overFloor)} ms** over the floor (≤ 60) {Verdict(overFloor is null ? null : overFloor <= 60)}; a one-command runbook against the AWS CLI " +
                        $"**{R(runbook)}×** (≤ 0.6) {Verdict(runbook is null ? null : runbook <= 0.6)} (bare pwsh alone: {R(s.Ratio(P + "bare", "awsStatus"))}×); " +
                        $"Import-Module over an empty module **{N(import)} ms** (≤ 30) {Verdict(import is null ? null : import <= 30)}. " +
                        $"The floor costs {N(s.Difference(P + "httpFloor", P + "bare"))} ms over bare pwsh here.");
        text.AppendLine();
    }

    public void Shell(ShellFigures s, ReadyToRunCost? cost)
    {
        EndTable();
        var precompiled = s.Has(ImportExport.Bench.Shell.Precompiled + "bare");
        if (precompiled)
        {
            PrecompiledShell(s);
        }

        text.AppendLine($"**The real shell, IL-only pwsh** — the same kind of rows in the repository's .NET tool, pwsh 7.6.9 " +
                        $"(`dotnet pwsh.dll -NoProfile -NonInteractive -Command …`, its engine JIT-compiled), in the same rounds" +
                        (precompiled ? "; kept for comparison, the goals are judged in the precompiled pwsh above" : "") + " (lower is better)");
        text.AppendLine();
        text.AppendLine("| process | wall | − bare pwsh | × AWS CLI |");
        text.AppendLine("|---|---:|---:|---:|");
        string W(string row) => s.Has(row) ? $"{s.Median(row):N0} ms" : "n/a";
        string D(string row) => s.Difference(row, "bare") is { } d ? (d < 0 ? $"−{-d:N0} ms" : $"+{d:N0} ms") : "";
        text.AppendLine($"| `pwsh -c exit` | {W("bare")} | | {R(s.Ratio("bare", "awsStatus"))} |");
        text.AppendLine($"| `pwsh -c \"Import-Module <empty module>\"` | {W("empty")} | {D("empty")} | |");
        if (s.Has("httpFloor"))
        {
            text.AppendLine($"| the floor: `pwsh -c \"Import-Module <one-cmdlet binary module>; Invoke-FloorRequest <emulator>\"` (one HttpClient GET, nothing else) | {W("httpFloor")} | {D("httpFloor")} | {R(s.Ratio("httpFloor", "awsStatus"))} |");
            text.AppendLine($"| … in that process: Import-Module {s.InnerMedian("httpFloor", "importMs"):N0} ms, the request {s.InnerMedian("httpFloor", "firstCallMs"):N0} ms | | | |");
        }

        text.AppendLine($"| `pwsh -c \"Import-Module ImportExport\"` | {W("import")} | {D("import")} | |");
        var own = s.Difference("status", "bare");
        var runbook = s.Ratio("status", "awsStatus");
        text.AppendLine($"| `pwsh -c \"Import-Module ImportExport; $null = Get-IEJobStatus -JobId X\"` | {W("status")} | **{D("status")}** | **{R(runbook)}** |");
        text.AppendLine($"| … in that process: Import-Module {s.InnerMedian("status", "importMs"):N0} ms, the first Get-IEJobStatus {s.InnerMedian("status", "firstCallMs"):N0} ms | | | |");
        text.AppendLine($"| `pwsh -c \"Import-Module ImportExport; $null = Get-IEJob -First 1\"` | {W("list")} | {D("list")} | {R(s.Ratio("list", "awsList"))} (list-jobs) |");
        text.AppendLine($"| … in that process: Import-Module {s.InnerMedian("list", "importMs"):N0} ms, the first Get-IEJob {s.InnerMedian("list", "firstCallMs"):N0} ms | | | |");
        text.AppendLine($"| `aws importexport get-status --job-id X` | {W("awsStatus")} | | 1.00 |");
        text.AppendLine($"| `aws importexport list-jobs --max-jobs 1` | {W("awsList")} | | |");
        text.AppendLine($"| botocore: one python3 process, import + client + get_status | {W("botocore")} | | {R(s.Ratio("botocore", "awsStatus"))} |");
        text.AppendLine($"| a ten-command script: one pwsh, Import-Module + {ImportExport.Bench.Shell.TenCommands} × Get-IEJobStatus | {W("ten")} | {D("ten")} | {R(s.Ratio("ten", "awsTen"))} (× ten AWS CLI processes) |");
        text.AppendLine($"| {ImportExport.Bench.Shell.TenCommands} × `aws importexport get-status`, one process each | {W("awsTen")} | | |");
        if (s.Has("statusR2r"))
        {
            var cut = s.InnerRatio("statusR2r", "status", "firstCallMs");
            text.AppendLine($"| `pwsh -c \"Import-Module ImportExport\"`, ReadyToRun copies for {cost?.Rid} | {W("importR2r")} | {D("importR2r")} | |");
            text.AppendLine($"| `pwsh -c \"Import-Module ImportExport; $null = Get-IEJobStatus -JobId X\"`, ReadyToRun copies | {W("statusR2r")} | {D("statusR2r")} | {R(s.Ratio("statusR2r", "awsStatus"))} |");
            text.AppendLine($"| … in that process: Import-Module {s.InnerMedian("statusR2r", "importMs"):N0} ms, the first Get-IEJobStatus {s.InnerMedian("statusR2r", "firstCallMs"):N0} ms " +
                            $"(× IL: {R(cut)}; ship if ≤ 0.67 {Verdict(cut is null ? null : cut <= 2.0 / 3)}) | | | |");
        }

        if (s.Inner.TryGetValue("warm", out var warm) && warm.Count > 0)
        {
            double Warm(string field) => Stats.Median(warm.Select(j => j.GetProperty(field).GetDouble()));
            text.AppendLine($"| warm, in one pwsh: `Get-IEJobStatus`, one command per call in a script loop | {Warm("loopUs"):N0} µs per call | | |");
            text.AppendLine($"| warm, in one pwsh: the job ids piped into one `Get-IEJobStatus` | {Warm("pipedUs"):N0} µs per call | | |");
            text.AppendLine($"| warm, in one pwsh: `@(Get-IEJob -PageSize 1000).Count` ({Warm("jobs"):N0} jobs) | {Warm("pagingJobsPerSecond"):N0} jobs/s | | |");
        }

        text.AppendLine();
        if (cost is not null)
        {
            text.AppendLine($"ReadyToRun copies of AWSSDK.Core and ImportExport.Engine for {cost.Rid}: {MiB(cost.Bytes)} on disk ({MiB(cost.Deflated)} deflated, as in the .nupkg), " +
                            $"beside the IL copies' {MiB(cost.IlBytes)} ({MiB(cost.IlDeflated)} deflated); each further platform costs about as much.");
            text.AppendLine();
        }

        var import = s.Difference("import", "empty");
        text.AppendLine($"In this pwsh: the module's own cold cost (import + first GetStatus − bare pwsh) **{N(own)} ms**; a one-command runbook **{R(runbook)}×** " +
                        $"the AWS CLI (bare pwsh alone: {R(s.Ratio("bare", "awsStatus"))}×); Import-Module over an empty module **{N(import)} ms**.");
        if (s.Has("httpFloor"))
        {
            var floor = s.Difference("httpFloor", "bare");
            text.AppendLine();
            text.AppendLine($"The floor — a binary module whose one cmdlet sends one HttpClient request, the least any module making one request pays in this " +
                            $"pwsh — costs **{N(floor)} ms** over bare pwsh and is {R(s.Ratio("httpFloor", "awsStatus"))}× the AWS CLI. Over that floor the module adds " +
                            $"{N(s.Difference("status", "httpFloor"))} ms (IL)" + (s.Has("statusR2r") ? $", {N(s.Difference("statusR2r", "httpFloor"))} ms (ReadyToRun copies)" : "") + ".");
        }

        text.AppendLine();
    }

    public override string ToString()
    {
        EndTable();
        var result = new StringBuilder(text.ToString());
        foreach (var note in notes)
        {
            result.AppendLine($"Note: {note}");
        }

        return result.ToString().TrimEnd() + Environment.NewLine;
    }

    private void EndTable()
    {
        if (pagingHeader)
        {
            text.AppendLine();
            pagingHeader = false;
        }
    }

    private static string N(double? value) => value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "n/a";

    private static string Ratio(double ours, double? other) => other is { } o ? (ours / o).ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    private static string R(double? ratio) => ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    private static string Verdict(bool? met) => met switch { true => "✓", false => "✗", null => "" };

    private static string MiB(double bytes) => $"{bytes / 1024 / 1024:0.0} MB";

    private static string Signed(double bytes) => (bytes >= 0 ? "+" : "−") + MiB(Math.Abs(bytes));
}

/// <summary>Rewrites the figures section of bench/README.md (between its two marker comments).</summary>
internal static class Readme
{
    private const string Start = "<!-- bench:figures:start -->";
    private const string End = "<!-- bench:figures:end -->";

    public static void Update(string path, string figures)
    {
        var text = File.ReadAllText(path);
        var start = text.IndexOf(Start, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"{path} has no {Start} … {End} section.");
        }

        File.WriteAllText(path, text[..(start + Start.Length)] + Environment.NewLine + figures + text[end..]);
    }
}
