using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Peers;

public sealed record PeerResult(Peer Peer, string CommandLine, int ExitCode, bool TimedOut, TimeSpan Elapsed, string StdOut, string StdErr)
{
    public void AssertSucceeded()
    {
        if (ExitCode == 0) return;
        var why = TimedOut ? $"timed out after {Elapsed.TotalSeconds:F0}s" : $"exited with {ExitCode}";
        Assert.Fail($"{Peer.Name} {why}.{Environment.NewLine}command: {CommandLine}{Environment.NewLine}" +
                    $"--- stderr ---{Environment.NewLine}{StdErr.TrimEnd()}{Environment.NewLine}" +
                    $"--- stdout ---{Environment.NewLine}{StdOut.TrimEnd()}");
    }

    /// <summary>The last JSON line the peer printed: what it observed.</summary>
    public JsonElement ObservedJson()
    {
        var line = StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault(l => l.StartsWith('{'));
        Assert.True(line is not null, $"{Peer.Name} printed no JSON line. stdout:{Environment.NewLine}{StdOut}{Environment.NewLine}stderr:{Environment.NewLine}{StdErr}");
        using var doc = JsonDocument.Parse(line!);
        return doc.RootElement.Clone();
    }
}
