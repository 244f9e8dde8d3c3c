using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace ImportExport.Bench;

/// <summary>Where things are: the repository, the staged module, the child programs and the peers.</summary>
internal sealed class Paths
{
    public Paths(string? moduleOverride)
    {
        var metadata = typeof(Paths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value ?? "");
        Configuration = metadata["BenchConfiguration"];
        RepoRoot = Path.GetFullPath(metadata["BenchRepoRoot"]);
        ModuleManifest = Path.GetFullPath(moduleOverride ?? metadata["BenchModuleManifest"]);
        EmulatorDll = Path.Combine(RepoRoot, "src", "ImportExport.Emulator", "bin", Configuration, "net10.0", "ImportExport.Emulator.dll");
        EmulatorLauncher = Path.Combine(RepoRoot, "tests", "Emulator", "Start-IEEmulator.ps1");
        HostDll = Path.Combine(RepoRoot, "bench", "ImportExport.Bench.Host", "bin", Configuration, "net10.0", "ImportExport.Bench.Host.dll");
        HostProject = Path.Combine(RepoRoot, "bench", "ImportExport.Bench.Host", "ImportExport.Bench.Host.csproj");
        FloorModuleManifest = Path.Combine(RepoRoot, "bench", "ImportExport.Bench.FloorModule", "bin", Configuration, "netstandard2.0", "ImportExport.Bench.FloorModule.psd1");
        ReadyToRunHostDir = Path.Combine(RepoRoot, "out", "bench", "host-r2r");
        ReadyToRunModuleDir = Path.Combine(RepoRoot, "out", "bench", "ImportExport-r2r", "ImportExport");
        PrecompiledPwshProject = Path.Combine(RepoRoot, "bench", "ImportExport.Bench.Pwsh", "ImportExport.Bench.Pwsh.csproj");
        PrecompiledPwshDir = Path.Combine(RepoRoot, "out", "bench", "pwsh-r2r");
        BotocorePeer = Path.Combine(RepoRoot, "bench", "peers", "botocore_bench.py");
        JsPeer = Path.Combine(RepoRoot, "bench", "peers", "awssdk_bench.js");
        JsSdk = Path.Combine(RepoRoot, "tests", "peers", "js", "node_modules", "aws-sdk", "package.json");
    }

    public string Configuration { get; }
    public string RepoRoot { get; }
    public string ModuleManifest { get; }
    public string EmulatorDll { get; }

    /// <summary>The repository's one emulator launcher, as a script a program that is not PowerShell can run.</summary>
    public string EmulatorLauncher { get; }
    /// <summary>The bare host as built (IL only: the NuGet System.Management.Automation is JIT-compiled, as in the tests).</summary>
    public string HostDll { get; }

    public string HostProject { get; }

    /// <summary>The bare host published ReadyToRun: the engine precompiled, as pwsh ships it.</summary>
    public string ReadyToRunHostDir { get; }

    /// <summary>The floor of the real-shell rows: a binary module whose one cmdlet sends one HttpClient request (built with the bench).</summary>
    public string FloorModuleManifest { get; }

    /// <summary>The module staged with ReadyToRun copies for this platform (dependencies/&lt;rid&gt;/), for the real-shell rows.</summary>
    public string ReadyToRunModuleDir { get; }

    public string ReadyToRunHostDll => Path.Combine(ReadyToRunHostDir, "ImportExport.Bench.Host.dll");

    /// <summary>The precompiled pwsh (pwsh's entry point over Microsoft.PowerShell.SDK, published ReadyToRun), see its project.</summary>
    public string PrecompiledPwshProject { get; }

    /// <summary>Where the bench publishes the precompiled pwsh, with the tool package's Modules folder copied beside it.</summary>
    public string PrecompiledPwshDir { get; }

    /// <summary>The precompiled pwsh's native launcher, started as an installed pwsh is.</summary>
    public string PrecompiledPwsh => Path.Combine(PrecompiledPwshDir, OperatingSystem.IsWindows() ? "pwsh.exe" : "pwsh");
    public string BotocorePeer { get; }
    public string JsPeer { get; }
    public string JsSdk { get; }
    public string Python { get; } = Environment.GetEnvironmentVariable("IMPORTEXPORT_PEER_PYTHON") ?? "python3";
    public string Node { get; } = Environment.GetEnvironmentVariable("IMPORTEXPORT_PEER_NODE") ?? "node";
    public string Dotnet { get; } = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
}

/// <summary>What a child process printed, and how long it lived (start to exit, as its parent saw it).</summary>
internal sealed record ChildResult(int ExitCode, string Stdout, string Stderr, TimeSpan Wall)
{
    public JsonElement Json
    {
        get
        {
            var line = Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault()
                ?? throw new InvalidOperationException("The child printed nothing. stderr: " + Stderr);
            return JsonDocument.Parse(line).RootElement;
        }
    }
}

internal static class Child
{
    /// <summary>The environment every client gets: the emulator's key pair, nothing from this machine's AWS setup.</summary>
    public static readonly IReadOnlyDictionary<string, string?> AwsEnvironment = new Dictionary<string, string?>
    {
        ["AWS_ACCESS_KEY_ID"] = "AKIAIOSFODNN7EXAMPLE",
        ["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        ["AWS_SESSION_TOKEN"] = null,
        ["AWS_PROFILE"] = null,
        ["AWS_DEFAULT_PROFILE"] = null,
        ["AWS_REGION"] = null,
        ["AWS_DEFAULT_REGION"] = null,
        ["AWS_ENDPOINT_URL"] = null,
        ["AWS_ENDPOINT_URL_IMPORTEXPORT"] = null,
        // Empty files of the bench's own: a named file that does not exist is an error (InvalidProfile), as it should be.
        ["AWS_CONFIG_FILE"] = EmptyFile("aws-config"),
        ["AWS_SHARED_CREDENTIALS_FILE"] = EmptyFile("aws-credentials"),
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
    };

    private static string EmptyFile(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "importexport-bench", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Empty);
        return path;
    }

    public static void ApplyToThisProcess()
    {
        foreach (var (name, value) in AwsEnvironment)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    public static ChildResult Run(string file, IEnumerable<string> args, TimeSpan? timeout = null, IReadOnlyDictionary<string, string>? extraEnvironment = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (name, value) in AwsEnvironment)
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        foreach (var (name, value) in extraEnvironment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var wall = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in time.");
        }

        wall.Stop();
        var result = new ChildResult(process.ExitCode, stdout.Result, stderr.Result, wall.Elapsed);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} exited {result.ExitCode}:{Environment.NewLine}{result.Stderr}{result.Stdout}");
        }

        return result;
    }

    /// <summary>Runs a command for its first line of output (versions), or null when it cannot run.</summary>
    public static string? FirstLine(string file, params string[] args)
    {
        try
        {
            var r = Run(file, args, TimeSpan.FromSeconds(30));
            return r.Stdout.Split('\n').FirstOrDefault()?.Trim();
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or TimeoutException)
        {
            return null;
        }
    }
}

/// <summary>
/// The emulator as its own process (the built ImportExport.Emulator.dll, started by tests/Emulator/Start-IEEmulator.ps1), so that it is outside every client
/// measured: ours in this process, the peers and the bare hosts in theirs. The request log is off (it would keep
/// every request of a 100,000-job run); MGN imports do not step.
/// </summary>
internal sealed class EmulatorProcess : IDisposable
{
    private readonly Process process;
    private readonly HttpClient admin;

    private EmulatorProcess(Process process, Uri url)
    {
        this.process = process;
        Url = url;
        admin = new HttpClient { BaseAddress = url };
    }

    public Uri Url { get; }

    public string Endpoint => Url.ToString().TrimEnd('/');

    public int JobCount { get; private set; }

    public static EmulatorProcess Start(Paths paths)
    {
        if (!File.Exists(paths.EmulatorDll))
        {
            throw new FileNotFoundException($"The emulator is not built: {paths.EmulatorDll}");
        }

        // Started by the repository's one launcher (tests/Emulator/Start-IEEmulator.ps1 over IEEmulator.psm1, which
        // build.ps1 and the Pester tests use too), in the repository's pinned pwsh: it prints the URL first and keeps
        // the emulator until its standard input closes.
        var info = new ProcessStartInfo(paths.Dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = paths.RepoRoot,
        };
        foreach (var a in new[] { "pwsh", "-NoLogo", "-NoProfile", "-NonInteractive", "-File", paths.EmulatorLauncher, "-Configuration", paths.Configuration,
            "--max-recorded-requests", "0", "--import-step-seconds", "0" })
        {
            info.ArgumentList.Add(a);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the emulator.");
        process.ErrorDataReceived += (_, e) =>
        {
            if (!string.IsNullOrEmpty(e.Data))
            {
                Console.Error.WriteLine("emulator: " + e.Data);
            }
        };
        process.BeginErrorReadLine();
        var first = process.StandardOutput.ReadLineAsync();
        if (!first.Wait(TimeSpan.FromSeconds(120)) || first.Result is not { Length: > 0 } line)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The emulator did not print its URL.");
        }

        return new EmulatorProcess(process, new Uri(line.TrimEnd('/') + "/"));
    }

    /// <summary>Adds jobs until the account holds <paramref name="total"/>.</summary>
    public void SeedTo(int total)
    {
        var add = total - JobCount;
        if (add <= 0)
        {
            return;
        }

        using var response = admin.PostAsync($"__admin/seed?jobs={add}", new StringContent("")).GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Seeding failed: {(int)response.StatusCode} {body}");
        }

        JobCount = JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32();
        if (JobCount != total)
        {
            throw new InvalidOperationException($"The emulator holds {JobCount} jobs, expected {total}.");
        }
    }

    public void Dispose()
    {
        admin.Dispose();
        try
        {
            // Closing the launcher's input stops the emulator; the kill is for a launcher that does not end by itself.
            process.StandardInput.Close();
            if (!process.WaitForExit(10000))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        process.Dispose();
    }
}
