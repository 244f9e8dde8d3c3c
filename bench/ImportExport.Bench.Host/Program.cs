// A fresh process hosting the PowerShell engine for one measurement; prints one JSON line on stdout.
//
//   import      --module PSD1                                  Import-Module cost and the assemblies it loads
//   first-call  --module PSD1 --endpoint URL --job-id ID       Import-Module + credential resolution + Get-IEJobStatus
//   list        --module PSD1 --endpoint URL --page-size N     Get-IEJob to the end, objects counted here and dropped
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
            result["gcCount0"] = GC.CollectionCount(0);
            result["gcCount2"] = GC.CollectionCount(2);
            break;
        }

        default:
            throw new ArgumentException($"unknown mode '{mode}' (import, first-call, list)");
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
