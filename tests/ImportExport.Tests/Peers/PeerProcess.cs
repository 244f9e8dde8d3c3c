using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Peers;

/// <summary>An independent AWS client (botocore, aws-sdk JS v2) that drives the emulator from its own process.</summary>
public sealed class Peer
{
    /// <summary>botocore, the engine of boto3 and the AWS CLI: SigV4 for both services.</summary>
    public static readonly Peer Botocore = new(
        "botocore",
        Environment.GetEnvironmentVariable("IMPORTEXPORT_PEER_PYTHON") ?? "python3",
        Path.Combine("tests", "peers", "python", "botocore_peer.py"));

    /// <summary>The AWS SDK for JavaScript v2: SigV2 for Import/Export, SigV4 for MGN.</summary>
    public static readonly Peer AwsSdkJs = new(
        "aws-sdk-js",
        Environment.GetEnvironmentVariable("IMPORTEXPORT_PEER_NODE") ?? "node",
        Path.Combine("tests", "peers", "js", "awssdk_peer.js"));

    private readonly Lazy<string?> _missing;

    private Peer(string name, string interpreter, string script)
    {
        Name = name;
        Interpreter = interpreter;
        Script = RepoPaths.Combine(script);
        _missing = new Lazy<string?>(FindMissingPrerequisite);
    }

    public string Name { get; }
    public string Interpreter { get; }
    public string Script { get; }

    public static TimeSpan ScenarioTimeout { get; } = TimeSpan.FromSeconds(90);

    /// <summary>Throws, never skips, when the peer cannot run: the tests exist to prove the emulator.</summary>
    public void EnsureAvailable()
    {
        if (_missing.Value is { } why)
        {
            throw new InvalidOperationException(
                $"The {Name} peer cannot run: {why}. Run tests/peers/setup.sh (it checks botocore and runs npm ci in tests/peers/js) before dotnet test.");
        }
    }

    public Task<PeerResult> RunScenarioAsync(Uri endpoint, string scenario) =>
        RunAsync(["--endpoint", endpoint.ToString(), "--scenario", scenario], ScenarioTimeout);

    public async Task<IReadOnlyList<string>> ListScenariosAsync()
    {
        var result = await RunAsync(["--list"], TimeSpan.FromSeconds(60));
        result.AssertSucceeded();
        return result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>
    /// Sends one request for <paramref name="operation"/> (API name, e.g. "CreateJob", "StartImport") with the given
    /// parameters (the peer's own parameter shape, JSON), so a test can compare the emulator's request-log entry for it
    /// with the one our own client produces. Returns the peer's JSON line: { operation, service, ok, response | error }.
    /// </summary>
    public async Task<JsonElement> EmitRequestAsync(Uri endpoint, string operation, string parametersJson)
    {
        var result = await RunAsync(["--endpoint", endpoint.ToString(), "--emit-request", operation, "--params", parametersJson],
            TimeSpan.FromSeconds(60));
        result.AssertSucceeded();
        return result.ObservedJson();
    }

    /// <summary>
    /// <see cref="EmitRequestAsync"/> against an in-process emulator, returning what the peer observed and the
    /// request-log entries its request produced (more than one when the peer retried).
    /// </summary>
    public async Task<PeerExchange> EmitAndCaptureAsync(EmulatorFixture emulator, string operation, string parametersJson)
    {
        var before = emulator.State.Requests.Select(r => r.Sequence).DefaultIfEmpty(0).Max();
        var observed = await EmitRequestAsync(emulator.Endpoint, operation, parametersJson);
        var logged = emulator.State.Requests.Where(r => r.Sequence > before && r.Operation == operation).ToList();
        return new PeerExchange(observed, logged);
    }

    public async Task<PeerResult> RunAsync(IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        EnsureAvailable();
        var psi = NewStartInfo(arguments);
        using var process = new Process { StartInfo = psi };
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        var started = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        bool timedOut = false;
        using (var cts = new CancellationTokenSource(timeout))
        {
            try
            {
                await process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = true;
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                await process.WaitForExitAsync();
            }
        }
        process.WaitForExit(); // flushes the asynchronous stdout/stderr readers
        return new PeerResult(this, psi.FileName + " " + string.Join(' ', psi.ArgumentList.Select(Quote)),
            timedOut ? -1 : process.ExitCode, timedOut, started.Elapsed, stdout.ToString(), stderr.ToString());
    }

    private ProcessStartInfo NewStartInfo(IReadOnlyList<string> arguments)
    {
        var psi = new ProcessStartInfo(Interpreter)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        psi.ArgumentList.Add(Script);
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        // The peer must see only the credentials and endpoint we pass: no profile, no environment keys, no IMDS.
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            psi.Environment.Remove(key);
        }
        psi.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        psi.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        psi.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        psi.Environment["AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE"] = "1";
        psi.Environment["PYTHONUNBUFFERED"] = "1";
        psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        psi.Environment["NO_PROXY"] = "127.0.0.1,localhost";
        psi.Environment.Remove("HTTP_PROXY");
        psi.Environment.Remove("http_proxy");
        return psi;
    }

    private string? FindMissingPrerequisite()
    {
        if (!File.Exists(Script)) return $"{Script} does not exist";
        if (this == AwsSdkJs)
        {
            var sdk = RepoPaths.Combine("tests", "peers", "js", "node_modules", "aws-sdk", "apis");
            foreach (var api in new[] { "importexport-2010-06-01.min.json", "mgn-2020-02-26.min.json" })
            {
                if (!File.Exists(Path.Combine(sdk, api))) return $"{Path.Combine(sdk, api)} is missing (tests/peers/js/node_modules not installed)";
            }
            return Probe(["-e", "require(process.argv[1])", Path.Combine(RepoPaths.Root, "tests", "peers", "js", "node_modules", "aws-sdk")], "node with aws-sdk");
        }
        return Probe(["-c", "import botocore, botocore.session; botocore.session.get_session().get_service_model('importexport')"],
            "python3 with botocore (and its importexport model)");
    }

    private string? Probe(string[] arguments, string what)
    {
        try
        {
            var psi = new ProcessStartInfo(Interpreter) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in arguments) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var err = p.StandardError.ReadToEndAsync();
            p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(60_000))
            {
                p.Kill(entireProcessTree: true);
                return $"probing {what} with '{Interpreter}' timed out";
            }
            return p.ExitCode == 0 ? null : $"'{Interpreter}' cannot load {what} (exit {p.ExitCode}): {err.Result.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"'{Interpreter}' is not on PATH ({e.Message})";
        }
    }

    private static string Quote(string s) => s.Length > 0 && s.All(c => char.IsLetterOrDigit(c) || "-_./:=".Contains(c)) ? s : "'" + s.Replace("'", "'\\''") + "'";

    public override string ToString() => Name;
}
