using System.Globalization;
using System.Text;
using ImportExport.Emulator;
using ImportExport.Inventory;
using ImportExport.Manifest;
using ImportExport.Tests.Infrastructure;
using ImportExport.Tests.Inventory;
using ImportExport.Tests.Reliability;

namespace ImportExport.FrameworkLane.Services;

/// <summary>
/// Serves the Windows PowerShell 5.1 lane (net472 under Mono) what only .NET can run: the .NET suite's emulator
/// fixture (catalogue files seeded), its fault proxy and TLS server, and its inventory and manifest catalogues with
/// the .NET run's verdicts. One command a line on stdin (fields separated by tabs); one answer a line on stdout,
/// starting with "@@ok" or "@@error" (other lines, such as logging, are not answers). Ends when stdin closes.
/// </summary>
internal static class Program
{
    private static readonly Dictionary<int, FaultProxy> Proxies = [];
    private static readonly Dictionary<int, LoopbackTlsServer> TlsServers = [];
    private static int _next;

    private static async Task<int> Main()
    {
        var emulator = new EmulatorFixture();
        await emulator.InitializeAsync();
        Console.Out.WriteLine("@@ready\t" + emulator.Endpoint);
        Console.Out.Flush();
        try
        {
            while (Console.In.ReadLine() is { } line)
            {
                string answer;
                try
                {
                    answer = "@@ok\t" + Answer(emulator, line.Split('\t'));
                }
                catch (Exception ex)
                {
                    answer = "@@error\t" + ex.GetType().Name + ": " + ex.Message.Replace('\n', ' ').Replace('\r', ' ');
                }

                Console.Out.WriteLine(answer);
                Console.Out.Flush();
            }
        }
        finally
        {
            foreach (var proxy in Proxies.Values)
            {
                await proxy.DisposeAsync();
            }

            foreach (var tls in TlsServers.Values)
            {
                tls.Dispose();
            }

            await emulator.DisposeAsync();
        }

        return 0;
    }

    private static string Answer(EmulatorFixture emulator, string[] c)
    {
        var state = emulator.State;
        switch (c[0])
        {
            case "proxy":
                var proxy = FaultProxy.Start(c[1] == "server" ? null : emulator.Endpoint);
                Script(proxy, c[1], c.Length > 2 ? c[2] : null);
                var id = ++_next;
                Proxies[id] = proxy;
                return id.ToString(CultureInfo.InvariantCulture) + "\t" + proxy.Endpoint;
            case "proxy-requests":
                var seen = Proxies[int.Parse(c[1], CultureInfo.InvariantCulture)];
                return seen.Requests.ToString(CultureInfo.InvariantCulture) + "\t" + string.Join("|", seen.Received.Select(r => r.Method + " " + r.Path));
            case "proxy-close":
                Proxies.Remove(int.Parse(c[1], CultureInfo.InvariantCulture), out var closed);
                closed?.Dispose();
                return string.Empty;
            case "tls":
                var tls = new LoopbackTlsServer();
                var tlsId = ++_next;
                TlsServers[tlsId] = tls;
                return tlsId.ToString(CultureInfo.InvariantCulture) + "\t" + tls.Endpoint;
            case "refusing-endpoint":
                return LoopbackServer.RefusingEndpoint();
            case "tls-connections":
                var server = TlsServers[int.Parse(c[1], CultureInfo.InvariantCulture)];
                return server.Connections.ToString(CultureInfo.InvariantCulture) + "\t" + server.Requests.ToString(CultureInfo.InvariantCulture);
            case "operations":
                return state.Requests.Count(r => r.Operation == c[1]).ToString(CultureInfo.InvariantCulture);
            case "access-keys":
                // The access key id of each request of an operation, in order (who signed it).
                return string.Join(",", state.Requests.Where(r => r.Operation == c[1]).Select(r => r.AccessKeyId));
            case "max-in-flight":
                return state.Concurrency.MaxInFlight(c[1]).ToString(CultureInfo.InvariantCulture);
            case "reset-gauge":
                state.Concurrency.Reset();
                return string.Empty;
            case "fault":
                state.InjectFault(FaultSpec.Parse(c[1]));
                return string.Empty;
            case "clear-faults":
                state.ClearFaults();
                return string.Empty;
            case "advance-import":
                return state.AdvanceImport(c[1], c.Length > 2 ? c[2] : null).Status;
            case "advance-job":
                return state.AdvanceJob(c[1], c.Length > 2 ? c[2] : null).ToString() ?? string.Empty;
            case "put-object":
                state.PutObject(c[1], c[2], Convert.FromBase64String(c[3]));
                return string.Empty;
            case "get-object":
                return Convert.ToBase64String(state.GetObject(c[1], c[2]) ?? []);
            case "inventory-names":
                return string.Join("\t", InventoryCatalogue.Files.Keys);
            case "inventory-file":
                // The file, and what the checker says about it on .NET, for the lane to compare with Mono's answer.
                var bytes = InventoryCatalogue.Files[c[1]];
                return Convert.ToBase64String(bytes) + "\t" + Encode(Canonical(InventoryChecker.Check(bytes)));
            case "manifest-names":
                return string.Join("\t", BadInputCatalogue.All.Where(m => m.Manifest is not null).Select(m => m.Name));
            case "manifest-case":
                var manifestCase = BadInputCatalogue.Find(c[1]);
                var jobType = manifestCase.ManifestJobType == "Export" ? ManifestJobType.Export : ManifestJobType.Import;
                return manifestCase.ManifestJobType + "\t" + Encode(manifestCase.Manifest!) + "\t" + (manifestCase.ErrorId ?? string.Empty) + "\t" +
                       Encode(Canonical(ManifestValidator.Validate(manifestCase.Manifest!, jobType)));
            default:
                throw new ArgumentException("Unknown command " + c[0]);
        }
    }

    /// <summary>What the proxy does: the same actions the .NET suite scripts (ProxyAction).</summary>
    private static void Script(FaultProxy proxy, string scenario, string? operation)
    {
        switch (scenario)
        {
            case "forward":
                break;
            case "reset":
                proxy.Rule = _ => ProxyAction.ResetBeforeForward;
                break;
            case "reset-once":
                proxy.Next(ProxyAction.ResetBeforeForward, operation);
                break;
            case "drop-once":
                proxy.Next(ProxyAction.DropResponse, operation);
                break;
            case "hang":
                proxy.Rule = _ => ProxyAction.Hang(TimeSpan.FromSeconds(20));
                break;
            case "stall":
                // Headers and the start of a body that says it is longer; the rest does not come, then the connection breaks.
                proxy.Rule = _ => ProxyAction.StallBody(TimeSpan.FromSeconds(2));
                break;
            case "lb503":
                proxy.Rule = _ => ProxyAction.LoadBalancer503;
                break;
            case "server":
                // Without an upstream: counts what reaches it (a CONNECT through it as a proxy) and refuses it.
                proxy.Rule = _ => ProxyAction.Status(403, "Forbidden", "text/plain", "the lane's proxy refuses", close: true);
                break;
            default:
                throw new ArgumentException("Unknown proxy scenario " + scenario);
        }
    }

    private static string Canonical(InventoryCheck check) =>
        string.Join("\n", check.Problems.Select(p => string.Join("|", p.RowNumber, p.Column, p.Value, p.Rule, p.ErrorType, p.RawError))) + "\nrejected=" + check.FileRejected + " rows=" + check.DataRowCount;

    private static string Canonical(ManifestValidationResult result) =>
        string.Join("\n", result.Problems.Select(p => string.Join("|", p.Field, p.Rule, p.Line, p.Kind, p.Message)));

    private static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
