using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ImportExport.Bench;

/// <summary>
/// Test-MGNImportFile on a 10,000-row inventory CSV in real pwsh, beside Python's csv.DictReader merely reading the
/// same file, in the same run. Each side runs in its own process, which times its first call (its own cold cost:
/// for us the checker's JIT, for Python nothing comparable, its csv module is imported before) and then several
/// more passes; the processes alternate, ours then Python's, round after round, so that both sides of a round see
/// the same load. A round's ratio is the ratio of the sides' total time over those passes (a mean, not a median:
/// a collection that falls on one pass in three is part of what a check costs, and Python frees as it goes); the
/// figure is the median of the rounds' ratios. The goal: ours no slower than a bare read in Python (≤ 1.0),
/// although ours also checks every rule.
/// <para>
/// With <c>wide</c>, the file is the shape issue 24 found quadratic: 64 rows of 16,384 <c>mgn:server:tag:*</c> columns,
/// every cell filled (so each row has one TagCount problem: more than 50 tags). The check was 18 s at 64k columns; a
/// linear one stays within a small factor of Python merely reading the same cells.
/// </para>
/// </summary>
internal sealed class InventoryCheck(Paths paths)
{
    public const int Rows = 10000;

    public const int WideRows = 64;

    public const int WideColumns = 16384;

    public InventoryFigures Measure(string pwshDll, int rounds, int passes, Action<string> progress, bool wide = false)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ie-bench-inventory-{(wide ? "wide-" : string.Empty)}{Environment.ProcessId}.csv");
        var rows = wide ? WideRows : Rows;
        File.WriteAllText(file, wide ? GenerateWide() : Generate(Rows), new UTF8Encoding(false));
        try
        {
            string Quote(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";
            var ours = "Import-Module " + Quote(paths.ModuleManifest) + "; " +
                       "$t = [Diagnostics.Stopwatch]::StartNew(); " +
                       (wide
                           ? $"if (@(Test-MGNImportFile -LiteralPath {Quote(file)}).Count -ne {WideRows}) {{ throw 'the generated file should have one problem a row' }}; "
                           : $"if (-not (Test-MGNImportFile -LiteralPath {Quote(file)} -Quiet)) {{ throw 'the generated file has problems' }}; ") +
                       "$first = $t.Elapsed.TotalMilliseconds; " +
                       $"$ms = foreach ($i in 1..{passes}) {{ $t = [Diagnostics.Stopwatch]::StartNew(); $null = Test-MGNImportFile -LiteralPath {Quote(file)} -Quiet; $t.Elapsed.TotalMilliseconds }}; " +
                       "$c = [Globalization.CultureInfo]::InvariantCulture; " +
                       "[Console]::Out.WriteLine('{\"first\":' + $first.ToString($c) + ',\"ms\":[' + (($ms | ForEach-Object { $_.ToString($c) }) -join ',') + ']}')";
            var python = "import csv, json, sys, time\n" +
                         "def read(path):\n" +
                         "    with open(path, newline='', encoding='utf-8-sig') as f:\n" +
                         "        return sum(1 for _ in csv.DictReader(f))\n" +
                         "t = time.perf_counter()\n" +
                         $"assert read(sys.argv[1]) == {rows}\n" +
                         "first = (time.perf_counter() - t) * 1000\n" +
                         "ms = []\n" +
                         $"for _ in range({passes}):\n" +
                         "    t = time.perf_counter(); read(sys.argv[1]); ms.append((time.perf_counter() - t) * 1000)\n" +
                         "print(json.dumps({'first': first, 'ms': ms}))\n";

            progress($"inventory: Test-MGNImportFile and csv.DictReader, {rounds} round(s) of {passes} pass(es) each on {rows:N0} rows{(wide ? $" of {WideColumns:N0} tag columns" : string.Empty)}");
            List<double> ourMs = [], pyMs = [], ourFirst = [], pyFirst = [], ratios = [], firstRatios = [];
            for (var round = 0; round < rounds; round++)
            {
                var ourRun = Child.Run(paths.Dotnet, ["exec", pwshDll, "-NoProfile", "-NonInteractive", "-Command", ours], TimeSpan.FromMinutes(5)).Json;
                var pyRun = Child.Run(paths.Python, ["-c", python, file], TimeSpan.FromMinutes(5)).Json;
                var (o, p) = (Passes(ourRun), Passes(pyRun));
                ourMs.AddRange(o);
                pyMs.AddRange(p);
                ratios.Add(o.Sum() / p.Sum());
                ourFirst.Add(ourRun.GetProperty("first").GetDouble());
                pyFirst.Add(pyRun.GetProperty("first").GetDouble());
                firstRatios.Add(ourFirst[^1] / pyFirst[^1]);
            }

            return new InventoryFigures(rows, wide ? WideColumns : 0, new FileInfo(file).Length, ourMs.Average(), pyMs.Average(), Stats.Median(ratios),
                Stats.Median(ourFirst), Stats.Median(pyFirst), Stats.Median(firstRatios), rounds, passes);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>64 servers, each row with a value in every one of 16,384 server tag columns.</summary>
    private static string GenerateWide()
    {
        var text = new StringBuilder("mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn-for-action-framework");
        for (var c = 0; c < WideColumns; c++)
        {
            text.Append(CultureInfo.InvariantCulture, $",mgn:server:tag:k{c}");
        }

        text.Append("\r\n");
        for (var r = 0; r < WideRows; r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Wave 1,App 1,host-{r},Linux,host-{r}.dc1.example.com");
            for (var c = 0; c < WideColumns; c++)
            {
                text.Append(CultureInfo.InvariantCulture, $",v{c % 10}");
            }

            text.Append("\r\n");
        }

        return text.ToString();
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

/// <param name="OursMs">The mean of every pass after the first, all rounds.</param>
/// <param name="Ratio">The median of the rounds' ratios of total time.</param>
/// <param name="OursFirstMs">The median of the first calls, one a process.</param>
/// <param name="TagColumns">0 for the 10,000-row file; the tag columns of the wide one.</param>
internal sealed record InventoryFigures(int Rows, int TagColumns, long Bytes, double OursMs, double PythonMs, double Ratio,
    double OursFirstMs, double PythonFirstMs, double FirstRatio, int Rounds, int Passes);
