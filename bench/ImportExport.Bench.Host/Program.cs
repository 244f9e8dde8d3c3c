// A fresh process hosting the PowerShell engine for one measurement; prints one JSON line on stdout.
//
//   import      --module PSD1                                  Import-Module cost and the assemblies it loads
//   first-call  --module PSD1 --endpoint URL --job-id ID       Import-Module + credential resolution + Get-IEJobStatus
//   list        --module PSD1 --endpoint URL --page-size N     Get-IEJob to the end, objects counted here and dropped
//   paging      --module PSD1 --endpoint URL --page-size N --expected J
//                                                              one warm round: Get-IEJob and the module's client, jobs/second
//   percall     --module PSD1 --endpoint URL --job-id ID --calls N
//                                                              one warm round: floor, the module's client, Get-IEJobStatus
//                                                              (a command per call, and ids piped), µs per call
//
// Credentials come from the environment (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY), which the bench sets.
using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using System.Text.Json;
using ImportExport.Bench.Host;

var processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
var mainEntered = DateTime.UtcNow;
var mode = args.Length > 0 ? args[0] : "";
string Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? throw new ArgumentException($"{name} is required");

// BENCH_TRACE_LOAD=AWSSDK.Core prints the stack that loads that assembly (to find what pulls it in at import).
if (Environment.GetEnvironmentVariable("BENCH_TRACE_LOAD") is { Length: > 0 } traced)
{
    AppDomain.CurrentDomain.AssemblyLoad += (_, e) =>
    {
        if (e.LoadedAssembly.GetName().Name == traced)
        {
            Console.Error.WriteLine($"{traced} loaded by:{Environment.NewLine}{Environment.StackTrace}");
        }
    };
}

try
{
    var total = Stopwatch.StartNew();
    var engine = Stopwatch.StartNew();
    using var runspace = Engine.OpenRunspace();
    engine.Stop();

    var result = new Dictionary<string, object?>
    {
        ["mode"] = mode,
        ["runtimeStartMs"] = (mainEntered - processStart).TotalMilliseconds,
        ["engineStartMs"] = engine.Elapsed.TotalMilliseconds,
    };

    var module = Arg("--module");
    switch (mode)
    {
        case "import":
        {
            var before = Engine.LoadedAssemblies();
            var import = Stopwatch.StartNew();
            Engine.Invoke(runspace, "Import-Module -Name $args[0] -ErrorAction Stop", module);
            import.Stop();
            var loaded = AppDomain.CurrentDomain.GetAssemblies()
                .Where(a => !before.Contains(a))
                .Select(a => new { name = a.GetName().Name, location = a.IsDynamic ? "(dynamic)" : a.Location })
                .OrderBy(a => a.name, StringComparer.Ordinal)
                .ToList();
            result["importMs"] = import.Elapsed.TotalMilliseconds;
            result["assembliesLoaded"] = loaded;

            // The same import in a second runspace of this process: the engine's and our code are JIT-compiled by now,
            // so the difference to the first import is mostly one-time compilation.
            using var second = Engine.OpenRunspace();
            var again = Stopwatch.StartNew();
            Engine.Invoke(second, "Import-Module -Name $args[0] -ErrorAction Stop", module);
            result["secondImportMs"] = again.Elapsed.TotalMilliseconds;
            break;
        }

        case "first-call":
        {
            var endpoint = Arg("--endpoint");
            var jobId = Arg("--job-id");
            var import = Stopwatch.StartNew();
            Engine.Invoke(runspace, "Import-Module -Name $args[0] -ErrorAction Stop", module);
            import.Stop();
            var call = Stopwatch.StartNew();
            var output = Engine.Invoke(runspace, "Get-IEJobStatus -JobId $args[0] -EndpointUrl $args[1] -ErrorAction Stop", jobId, endpoint);
            call.Stop();
            if (output.Count != 1)
            {
                throw new InvalidOperationException($"Get-IEJobStatus returned {output.Count} objects.");
            }

            result["importMs"] = import.Elapsed.TotalMilliseconds;
            result["firstCallMs"] = call.Elapsed.TotalMilliseconds;
            result["importAndFirstCallMs"] = import.Elapsed.TotalMilliseconds + call.Elapsed.TotalMilliseconds;
            break;
        }

        case "list":
        {
            var endpoint = Arg("--endpoint");
            var pageSize = int.Parse(Arg("--page-size"));
            Engine.Invoke(runspace, "Import-Module -Name $args[0] -ErrorAction Stop", module);

            // Warm up with a one-job listing (client built, code paths compiled), then settle the heap, so what
            // follows is the listing's own growth.
            Engine.Invoke(runspace, "Get-IEJob -PageSize 1 -First 1 -EndpointUrl $args[0] -ErrorAction Stop", endpoint);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            result["retainedBeforeBytes"] = GC.GetTotalMemory(forceFullCollection: true);
            var rssBefore = Memory.CurrentRss();
            Memory.ResetPeak();
            var peakBeforeListing = Memory.PeakRss();

            var sink = new CountingSink();
            var list = Stopwatch.StartNew();
            Engine.InvokeInto(runspace, sink, "Get-IEJob -PageSize $args[0] -EndpointUrl $args[1] -ErrorAction Stop", pageSize, endpoint);
            list.Stop();

            result["jobs"] = sink.Count;
            result["listMs"] = list.Elapsed.TotalMilliseconds;
            result["rssBeforeBytes"] = rssBefore;
            result["peakBeforeListingBytes"] = peakBeforeListing;
            result["peakBytes"] = Memory.PeakRss();
            result["peakResetWorked"] = Memory.PeakResetWorked;
            result["gcHeapAfterBytes"] = GC.GetTotalMemory(false);
            result["retainedAfterFullGcBytes"] = GC.GetTotalMemory(forceFullCollection: true);
            result["gen0BudgetBytes"] = AppContext.GetData("GCgen0size") ?? GC.GetGCMemoryInfo().GenerationInfo[0].SizeAfterBytes;
            result["gcCount0"] = GC.CollectionCount(0);
            result["gcCount2"] = GC.CollectionCount(2);
            break;
        }

        case "paging":
        {
            var endpoint = Arg("--endpoint");
            var pageSize = int.Parse(Arg("--page-size"));
            var expected = long.Parse(Arg("--expected"));
            Engine.Invoke(runspace, "Import-Module -Name $args[0] -ErrorAction Stop", module);
            // The module loads its engine at the first command, not at import: one command first, then its client.
            Engine.Invoke(runspace, "$null = Get-IEJob -First 1 -EndpointUrl $args[0] -ErrorAction Stop", endpoint);
            var client = ModuleClient.For(endpoint);
            const string list = "Get-IEJob -PageSize $args[0] -EndpointUrl $args[1] -ErrorAction Stop";
            const string warm = "Get-IEJob -PageSize $args[0] -First 10000 -EndpointUrl $args[1] -ErrorAction Stop";

            // Warm (JIT tiering): at most ten pages each, twice, then let the background JIT finish.
            for (var i = 0; i < 2; i++)
            {
                Engine.InvokeInto(runspace, new CountingSink(), warm, pageSize, endpoint);
                client.CountPages(pageSize, 10);
            }

            Thread.Sleep(500);

            var sink = new CountingSink();
            var hosted = Measure.Run(() => Engine.InvokeInto(runspace, sink, list, pageSize, endpoint));
            var direct = Measure.Run(() => Expect(client.CountPages(pageSize, int.MaxValue), expected, "the module's client"));
            Expect(sink.Count, expected, "Get-IEJob");
            result["clientCode"] = client.Where;
            result["hostedJobsPerSecond"] = expected / hosted.Wall.TotalSeconds;
            result["clientJobsPerSecond"] = expected / direct.Wall.TotalSeconds;
            break;
        }

        case "percall":
        {
            var endpoint = Arg("--endpoint");
            var jobId = Arg("--job-id");
            var calls = int.Parse(Arg("--calls"));
            Engine.Invoke(runspace, "Import-Module -Name $args[0] -ErrorAction Stop", module);
            // The module loads its engine at the first command, not at import: one command first, then its client.
            Engine.Invoke(runspace, "$null = Get-IEJob -First 1 -EndpointUrl $args[0] -ErrorAction Stop", endpoint);
            var client = ModuleClient.For(endpoint);
            var getStatus = client.GetStatusCall(jobId);
            using var floor = new SignedGetStatusFloor(new Uri(endpoint.TrimEnd('/') + "/"), jobId,
                Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID")!, Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY")!);
            const string loop = "param($id, $u, $n) for ($i = 0; $i -lt $n; $i++) { $null = Get-IEJobStatus -JobId $id -EndpointUrl $u -ErrorAction Stop }";
            const string piped = "param($id, $u, $n) $null = @(for ($i = 0; $i -lt $n; $i++) { $id }) | Get-IEJobStatus -EndpointUrl $u -ErrorAction Stop";
            var steps = new (string Name, Action<int> Run)[]
            {
                ("floor", n => { for (var i = 0; i < n; i++) floor.Call(); }),
                ("client", n => { for (var i = 0; i < n; i++) getStatus(); }),
                ("hosted", n => Engine.Invoke(runspace, loop, jobId, endpoint, n)),
                ("piped", n => Engine.Invoke(runspace, piped, jobId, endpoint, n)),
            };
            // Warm each for a second and a half, then let the background JIT finish: a fresh process otherwise
            // still runs much of the client in tier-0 code during a short timed loop.
            foreach (var (_, run) in steps)
            {
                var warm = Stopwatch.StartNew();
                while (warm.Elapsed < TimeSpan.FromSeconds(1.5))
                {
                    run(50);
                }
            }

            Thread.Sleep(500);

            foreach (var (name, run) in steps)
            {
                var m = Measure.Run(() => run(calls));
                result[name] = new { wallUs = m.Wall.TotalMicroseconds / calls, cpuUs = m.Cpu.TotalMicroseconds / calls };
            }

            result["clientCode"] = client.Where;
            break;
        }

        default:
            throw new ArgumentException($"unknown mode '{mode}' (import, first-call, list, paging, percall)");
    }

    result["totalMs"] = total.Elapsed.TotalMilliseconds;
    Console.WriteLine(JsonSerializer.Serialize(result));
    return 0;
}
catch (Exception ex)
{
    Console.Error.WriteLine($"bench host ({mode}): {ex}");
    return 1;
}

static void Expect(long actual, long expected, string what)
{
    if (actual != expected)
    {
        throw new InvalidOperationException($"{what} saw {actual:N0} jobs, expected {expected:N0}.");
    }
}
