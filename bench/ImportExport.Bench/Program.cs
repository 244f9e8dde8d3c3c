// The ImportExport bench: our module and client against botocore and aws-sdk JS on the same emulator, in one run.
// Usage (from the repository root):  dotnet run -c Release --project bench/ImportExport.Bench -- [options]
// See bench/README.md for what each figure means; only ratios measured in the same run are results.
using System.Globalization;
using ImportExport.Bench;

var options = Options.Parse(args);
if (options is null)
{
    Console.WriteLine(Options.Usage);
    return 0;
}

var paths = new Paths(options.Module);
Child.ApplyToThisProcess();
var bench = new Bench(options, paths);
try
{
    bench.Run();
}
catch (Exception ex)
{
    Console.Error.WriteLine($"bench: {ex.Message}");
    if (options.Verbose)
    {
        Console.Error.WriteLine(ex);
    }

    return 1;
}

return 0;

namespace ImportExport.Bench
{
    internal sealed class Options
    {
        public const string Usage = """
            usage: dotnet run -c Release --project bench/ImportExport.Bench -- [options]
              --quick            smoke run: 10,000 jobs, one round, fewer calls (about a minute)
              --rounds N         rounds per measurement (default 3; cold start uses 2N-1, the real shell 3N)
              --only LIST        paging,memory,percall,cold,inventory,shell (comma-separated; default all)
              --calls N          calls per round for the per-call figures (default 2000; quick 300)
              --module PSD1      module manifest to measure (default: out/bench/ImportExport/ImportExport.psd1, staged by this build)
              --json FILE        also write every raw measurement as JSON
              --no-r2r           fresh-process figures with the IL-only engine host only (skip the ReadyToRun publish)
              --update-readme    replace the figures in bench/README.md with this run's
              --verbose          progress and stack traces on stderr
            """;

        public bool Quick { get; private set; }
        public int Rounds { get; private set; } = 3;
        public int Calls { get; private set; } = 2000;
        public HashSet<string> Only { get; private set; } = ["paging", "memory", "percall", "cold", "inventory", "shell"];
        public string? Module { get; private set; }
        public string? Json { get; private set; }
        public bool UpdateReadme { get; private set; }
        public bool NoReadyToRun { get; private set; }
        public bool Verbose { get; private set; }

        public static Options? Parse(string[] args)
        {
            var o = new Options();
            var roundsGiven = false;
            var callsGiven = false;
            for (var i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                switch (args[i])
                {
                    case "-h" or "--help": return null;
                    case "--quick": o.Quick = true; break;
                    case "--rounds": o.Rounds = int.Parse(Value(), CultureInfo.InvariantCulture); roundsGiven = true; break;
                    case "--calls": o.Calls = int.Parse(Value(), CultureInfo.InvariantCulture); callsGiven = true; break;
                    case "--only": o.Only = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(); break;
                    case "--module": o.Module = Value(); break;
                    case "--json": o.Json = Value(); break;
                    case "--update-readme": o.UpdateReadme = true; break;
                    case "--no-r2r": o.NoReadyToRun = true; break;
                    case "--verbose": o.Verbose = true; break;
                    default: throw new ArgumentException($"unknown option {args[i]}\n{Usage}");
                }
            }

            if (o.Quick)
            {
                o.Rounds = roundsGiven ? o.Rounds : 1;
                o.Calls = callsGiven ? o.Calls : 300;
            }

            return o;
        }
    }
}
