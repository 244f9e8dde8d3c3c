using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ImportExport.Bench;

/// <summary>
/// Test-MGNImportFile on a 10,000-row inventory CSV in real pwsh, beside Python's csv.DictReader merely reading the
/// same file, in the same run. Both are timed inside their own process after one warm-up pass (so neither pays its
/// interpreter's start-up or first compilation), several passes each, alternating; the ratio is the median of the
/// per-pass ratios. The goal: ours no slower than a bare read in Python (≤ 1.0), although ours also checks every rule.
/// </summary>
internal sealed class InventoryCheck(Paths paths)
{
    public const int Rows = 10000;

    public InventoryFigures Measure(string pwshDll, int passes, Action<string> progress)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ie-bench-inventory-{Environment.ProcessId}.csv");
        File.WriteAllText(file, Generate(Rows), new UTF8Encoding(false));
        try
        {
            string Quote(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";
            var ours = "Import-Module " + Quote(paths.ModuleManifest) + "; " +
                       $"if (-not (Test-MGNImportFile -LiteralPath {Quote(file)} -Quiet)) {{ throw 'the generated file has problems' }}; " +
                       $"$ms = foreach ($i in 1..{passes}) {{ $t = [Diagnostics.Stopwatch]::StartNew(); $null = Test-MGNImportFile -LiteralPath {Quote(file)} -Quiet; $t.Elapsed.TotalMilliseconds }}; " +
                       "[Console]::Out.WriteLine('{\"ms\":[' + (($ms | ForEach-Object { $_.ToString([Globalization.CultureInfo]::InvariantCulture) }) -join ',') + ']}')";
            var python = "import csv, json, sys, time\n" +
                         "def read(path):\n" +
                         "    with open(path, newline='', encoding='utf-8-sig') as f:\n" +
                         "        return sum(1 for _ in csv.DictReader(f))\n" +
                         $"assert read(sys.argv[1]) == {Rows}\n" +
                         "ms = []\n" +
                         $"for _ in range({passes}):\n" +
                         "    t = time.perf_counter(); read(sys.argv[1]); ms.append((time.perf_counter() - t) * 1000)\n" +
                         "print(json.dumps({'ms': ms}))\n";

            progress($"inventory: Test-MGNImportFile and csv.DictReader, {passes} pass(es) each on {Rows:N0} rows");
            var ourRun = Child.Run(paths.Dotnet, ["exec", pwshDll, "-NoProfile", "-NonInteractive", "-Command", ours], TimeSpan.FromMinutes(5));
            var pyRun = Child.Run(paths.Python, ["-c", python, file], TimeSpan.FromMinutes(5));
            var ourMs = Passes(ourRun.Json);
            var pyMs = Passes(pyRun.Json);
            var ratios = ourMs.Zip(pyMs, (o, p) => o / p).ToList();
            return new InventoryFigures(Rows, new FileInfo(file).Length, Stats.Median(ourMs), Stats.Median(pyMs), Stats.Median(ratios), passes);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static List<double> Passes(JsonElement json) => json.GetProperty("ms").EnumerateArray().Select(e => e.GetDouble()).ToList();

    /// <summary>A valid inventory: 100 servers an application, 50 waves, a tag and a launch setting on every row.</summary>
    private static string Generate(int rows)
    {
        var text = new StringBuilder("mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn-for-action-framework,mgn:server:tag:Owner,mgn:launch:instance-type\r\n");
        for (var i = 0; i < rows; i++)
        {
            var app = i / 100;
            text.Append(CultureInfo.InvariantCulture, $"Wave {app % 50},App {app},host-{i},{(i % 3 == 0 ? "Windows" : "Linux")},host-{i}.dc1.example.com,team-{app % 9},m6i.large\r\n");
        }

        return text.ToString();
    }
}

internal sealed record InventoryFigures(int Rows, long Bytes, double OursMs, double PythonMs, double Ratio, int Passes);
