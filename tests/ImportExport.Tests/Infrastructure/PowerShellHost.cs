using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using System.Security;
using System.Text;

namespace ImportExport.Tests.Infrastructure;

/// <summary>
/// Runs PowerShell the way a user does, in this test process: a runspace from
/// <see cref="InitialSessionState.CreateDefault2"/> with the staged module (out/ImportExport/ImportExport.psd1)
/// imported, a host whose UI answers confirmation prompts from a script, and every stream captured.
/// </summary>
/// <remarks>
/// <para>
/// Usage:
/// <code>
/// using var ps = PowerShellHost.Create();                       // imports the staged module
/// ps.SetVariable("endpoint", emulator.Url);
/// var r = ps.Run("Get-IEJob -EndpointUrl $endpoint");
/// r.AssertCompleted();                                        // no terminating error
/// var jobs = r.OutputOf&lt;ImportExport.IE.JobSummary&gt;();
///
/// ps.UI.Answer(ConfirmAnswer.No);                                // the next prompt gets "No"
/// r = ps.Run("Stop-IEJob -JobId K4T9Q");
/// Assert.Single(r.Prompts);
/// </code>
/// </para>
/// <para>
/// The module's assemblies and the test assembly: this test project references ImportExport.csproj, so ImportExport.dll
/// and ImportExport.Engine.dll (the service clients and output types) also sit next to the tests, on the test host's
/// trusted-platform list. Import-Module of the staged copy still works: PowerShell 7 loads the module assembly into the
/// default load context and, when an assembly of the same name and version is already loaded there (because a test
/// touched ImportExport types first), it uses that one; the engine resolves from the test host's list before the
/// module's own load context (ImportExport.Loader) is ever asked. Both copies come from the same build, so either way
/// the runspace runs the code under test, and objects it returns can be cast to ImportExport types in the test
/// (<see cref="PSRunResult.OutputOf{T}"/>). What the staging contributes that the bin copy does not (the psd1,
/// ps1xml files, en-US help, the dependencies/ layout) is always read from out/ImportExport/. Dependency isolation
/// itself is tested in a separate process (tests/ImportExport.IsolationHost). ManifestTests pins this down.
/// </para>
/// <para>
/// What the hosted engine has: the NuGet package System.Management.Automation carries the engine and the
/// Microsoft.PowerShell.Core commands only (Get-Help, Get-Command, Import-Module, Test-ModuleManifest, ForEach-Object,
/// Where-Object, Out-Host, Out-Null, ...). The Microsoft.PowerShell.Utility and .Management modules (Format-*,
/// Out-String, Select-Object, Sort-Object, Export-Csv, ConvertTo-Json, Get-Content, Set-Content, Get-FormatData ...)
/// are not in any package the NuGet mirror serves, so tests here use the .NET API or Out-Host (<see cref="RunToText"/>)
/// instead, and what needs them is covered by tests/Pester on machines with pwsh.
/// </para>
/// <para>
/// Environment variables are per process, not per runspace: <see cref="SetEnvironment"/> changes them for every
/// test running in parallel. It restores the old values on Dispose; tests that use it must be in the
/// <see cref="ProcessEnvironmentCollection"/> collection (which does not run in parallel with other collections).
/// Prefer parameters (-EndpointUrl, -AccessKey) and <see cref="SetVariable"/> where you can.
/// </para>
/// </remarks>
public sealed class PowerShellHost : IDisposable
{
    /// <summary>xunit collection for tests that change process environment variables.</summary>
    public const string ProcessEnvironmentCollection = "Process environment";

    private readonly Dictionary<string, string?> _savedEnvironment = new(StringComparer.Ordinal);
    private readonly Runspace _runspace;
    private bool _disposed;

    private PowerShellHost(bool importModule, string moduleManifest)
    {
        Host = new ScriptedHost();
        var iss = InitialSessionState.CreateDefault2();

        // Windows: the default policy (Restricted) would refuse the module's ps1xml files. (Elsewhere there are no
        // execution policies and setting one throws PlatformNotSupportedException.)
        if (OperatingSystem.IsWindows())
        {
            iss.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
        }
        iss.ThreadOptions = PSThreadOptions.UseCurrentThread;
        _runspace = RunspaceFactory.CreateRunspace(Host, iss);
        _runspace.Open();
        ModuleManifest = moduleManifest;

        // Text as a console without colour shows it: no ANSI escapes in formatted output (PowerShell 7.2+).
        Run("if ($PSStyle) { $PSStyle.OutputRendering = 'PlainText' }");

        if (importModule)
        {
            var result = Run("Import-Module -Name $args[0] -ErrorAction Stop -PassThru", [moduleManifest]);
            if (result.Threw || result.Errors.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Import-Module '{moduleManifest}' failed. Build the module first (dotnet build stages out/ImportExport).{Environment.NewLine}{result.Describe()}");
            }

            Module = (PSModuleInfo)result.Output.Single().BaseObject;
        }
    }

    /// <summary>The staged module manifest: out/ImportExport/ImportExport.psd1.</summary>
    public static string StagedModuleManifest => Path.Combine(RepoPaths.StagedModuleDirectory, "ImportExport.psd1");

    /// <summary>The custom host; <see cref="UI"/> is its scripted user interface.</summary>
    public ScriptedHost Host { get; }

    /// <summary>Answers prompts and records them (and everything written to the host).</summary>
    public ScriptedHostUserInterface UI => Host.ScriptedUI;

    /// <summary>The imported module, or null when created with importModule: false.</summary>
    public PSModuleInfo? Module { get; }

    public string ModuleManifest { get; }

    public Runspace Runspace => _runspace;

    /// <summary>A runspace with the staged module imported (unless <paramref name="importModule"/> is false).</summary>
    public static PowerShellHost Create(bool importModule = true, string? moduleManifest = null) =>
        new(importModule, moduleManifest ?? StagedModuleManifest);

    /// <summary>Sets a global variable in the runspace (e.g. $StoredAWSRegion, or values for scripts to use).</summary>
    public PowerShellHost SetVariable(string name, object? value)
    {
        _runspace.SessionStateProxy.SetVariable(name, value);
        return this;
    }

    public object? GetVariable(string name) => _runspace.SessionStateProxy.GetVariable(name);

    /// <summary>
    /// Sets (or with null removes) a process environment variable, restored on Dispose. Process-wide: see the remarks
    /// on <see cref="PowerShellHost"/>.
    /// </summary>
    public PowerShellHost SetEnvironment(string name, string? value)
    {
        if (!_savedEnvironment.ContainsKey(name))
        {
            _savedEnvironment[name] = Environment.GetEnvironmentVariable(name);
        }

        Environment.SetEnvironmentVariable(name, value);
        return this;
    }

    /// <summary>
    /// Runs script text. <paramref name="args"/> are available to the script as $args. A terminating error is caught
    /// and reported in <see cref="PSRunResult.TerminatingError"/>, never thrown.
    /// </summary>
    public PSRunResult Run(string script, params object?[] args) => Invoke(ps =>
    {
        ps.AddScript(script, useLocalScope: false);
        foreach (var a in args)
        {
            ps.AddArgument(a);
        }
    });

    /// <summary>
    /// Runs script text for a test of what a long command shows while it works: its output, errors, warnings and
    /// progress records. Unlike <see cref="Run"/>, a terminating error is thrown.
    /// </summary>
    public (IReadOnlyList<PSObject> Output, IReadOnlyList<ErrorRecord> Errors, IReadOnlyList<WarningRecord> Warnings, IReadOnlyList<ProgressRecord> Progress) RunWithProgress(string script)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var ps = System.Management.Automation.PowerShell.Create();
        ps.Runspace = _runspace;
        ps.AddScript(script, useLocalScope: false);
        var output = InvokeBounded(ps, script).Where(o => o is not null).ToList();
        return (output, ps.Streams.Error.ToList(), ps.Streams.Warning.ToList(), ps.Streams.Progress.ToList());
    }

    /// <summary>Runs one command with named parameters (no script parsing), e.g. to pass objects exactly.</summary>
    public PSRunResult RunCommand(string command, IDictionary<string, object?>? parameters = null, IEnumerable<object?>? pipelineInput = null) =>
        Invoke(ps =>
        {
            ps.AddCommand(command);
            if (parameters is not null)
            {
                ps.AddParameters((System.Collections.IDictionary)new Dictionary<string, object?>(parameters));
            }
        }, pipelineInput);

    /// <summary>
    /// Runs script text and returns its output formatted as a user sees it in a console 250 characters wide: the
    /// default views (ImportExport.Format.ps1xml) applied by Out-Host, captured from the host. (Out-String and
    /// Format-* are not available here: see the remarks on the class.)
    /// </summary>
    public string RunToText(string script)
    {
        var result = Run($"& {{ {script} }} | Out-Host");
        if (result.Threw || result.Errors.Count > 0)
        {
            throw new InvalidOperationException(result.Describe());
        }

        return result.HostText;
    }

    /// <summary>The names of the commands this engine has (for tests that must skip what it lacks).</summary>
    public bool HasCommand(string name)
    {
        var r = Run("Get-Command -Name $args[0] -ErrorAction SilentlyContinue", name);
        return r.Output.Count > 0;
    }

    /// <summary>
    /// The longest one run may take before it is stopped and the test fails (<see cref="RunTimedOutException"/>):
    /// generous, so that only a run that would never end (a listing that does not advance, a lost wake-up) hits it.
    /// The environment variable IE_TEST_RUN_TIMEOUT_SECONDS overrides the default of 3 minutes for the whole run.
    /// </summary>
    public TimeSpan RunTimeout { get; set; } = DefaultRunTimeout;

    public static TimeSpan DefaultRunTimeout { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("IE_TEST_RUN_TIMEOUT_SECONDS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromMinutes(3);

    /// <summary>How long a stopped run may take to wind down before the test fails anyway.</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(20);

    private bool _abandoned;

    /// <summary>
    /// Invokes <paramref name="ps"/> (already attached to <see cref="Runspace"/>) with the hang guard of <see cref="Run"/>:
    /// for tests that read streams <see cref="PSRunResult"/> does not keep (progress).
    /// </summary>
    public Collection<PSObject> InvokeBounded(System.Management.Automation.PowerShell ps, string what, IEnumerable<object?>? input = null)
    {
        // The runspace runs a pipeline on the thread that invokes it (UseCurrentThread): a thread of its own here, so
        // that this one can give up waiting, stop the pipeline (as Ctrl+C does) and fail the test.
        Collection<PSObject>? results = null;
        Exception? failure = null;
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        var worker = new Thread(
            () =>
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = uiCulture;
                try
                {
                    results = input is null ? ps.Invoke() : ps.Invoke(input);
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            maxStackSize: 16 * 1024 * 1024)
        { IsBackground = true, Name = "PowerShellHost run" };
        worker.Start();
        if (!worker.Join(RunTimeout))
        {
            ps.BeginStop(null, null);
            var stopped = worker.Join(StopGrace);
            if (!stopped)
            {
                // The pipeline ignored the stop; the runspace is still busy and must not be closed under it.
                _abandoned = true;
            }

            throw new RunTimedOutException(
                $"The PowerShell run did not finish within {RunTimeout.TotalSeconds:0.#} s (PowerShellHost.RunTimeout, IE_TEST_RUN_TIMEOUT_SECONDS) and was " +
                (stopped ? "stopped" : $"stopped but did not end within {StopGrace.TotalSeconds:0} s more") +
                $"; it would probably never have ended (a listing that does not advance, a wait that is never woken): {what}");
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return results!;
    }

    private PSRunResult Invoke(Action<System.Management.Automation.PowerShell> build, IEnumerable<object?>? input = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var ps = System.Management.Automation.PowerShell.Create();
        ps.Runspace = _runspace;
        build(ps);

        int promptsBefore = UI.Prompts.Count;
        int hostTextBefore = UI.HostText.Length;
        var output = new List<PSObject>();
        Exception? terminating = null;
        try
        {
            var results = InvokeBounded(ps, string.Join("; ", ps.Commands.Commands.Select(c => c.CommandText)), input);
            output.AddRange(results.Where(o => o is not null));
        }
        catch (RunTimedOutException)
        {
            throw;
        }
        catch (Exception e)
        {
            terminating = e;
        }

        return new PSRunResult(
            output,
            ps.Streams.Error.ToList(),
            ps.Streams.Warning.ToList(),
            ps.Streams.Verbose.ToList(),
            ps.Streams.Debug.ToList(),
            ps.Streams.Information.ToList(),
            terminating ?? (ps.HadErrors && ps.InvocationStateInfo.Reason is { } reason ? reason : null),
            UI.Prompts.Skip(promptsBefore).ToList(),
            UI.HostText.ToString(hostTextBefore, UI.HostText.Length - hostTextBefore));
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_abandoned)
        {
            _runspace.Dispose();
        }

        foreach (var (name, value) in _savedEnvironment)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
