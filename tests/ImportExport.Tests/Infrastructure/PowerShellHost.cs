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

/// <summary>A hosted run outlived <see cref="PowerShellHost.RunTimeout"/>: it was stopped and the test fails.</summary>
public sealed class RunTimedOutException(string message) : TimeoutException(message);

/// <summary>Everything one <see cref="PowerShellHost.Run"/> produced.</summary>
public sealed class PSRunResult(
    IReadOnlyList<PSObject> output,
    IReadOnlyList<ErrorRecord> errors,
    IReadOnlyList<WarningRecord> warnings,
    IReadOnlyList<VerboseRecord> verbose,
    IReadOnlyList<DebugRecord> debug,
    IReadOnlyList<InformationRecord> information,
    Exception? terminatingError,
    IReadOnlyList<HostPrompt> prompts,
    string hostText)
{
    /// <summary>Asserts the script ran to its end (no terminating error); the failure message describes the run.</summary>
    public PSRunResult AssertCompleted()
    {
        Assert.False(Threw, Describe());
        return this;
    }

    /// <summary>Asserts the script ran to its end and wrote no error.</summary>
    public PSRunResult AssertClean()
    {
        Assert.False(Threw || Errors.Count > 0, Describe());
        return this;
    }

    public IReadOnlyList<PSObject> Output { get; } = output;

    /// <summary>Non-terminating errors (WriteError), in order.</summary>
    public IReadOnlyList<ErrorRecord> Errors { get; } = errors;

    public IReadOnlyList<WarningRecord> Warnings { get; } = warnings;

    public IReadOnlyList<VerboseRecord> Verbose { get; } = verbose;

    public IReadOnlyList<DebugRecord> Debug { get; } = debug;

    /// <summary>The information stream (Write-Information, and Write-Host in PowerShell 5+).</summary>
    public IReadOnlyList<InformationRecord> Information { get; } = information;

    /// <summary>The terminating error (ThrowTerminatingError, -ErrorAction Stop, parameter binding, throw), if any.</summary>
    public Exception? TerminatingError { get; } = terminatingError;

    /// <summary>The ErrorRecord of the terminating error, when it carries one.</summary>
    public ErrorRecord? TerminatingErrorRecord => (TerminatingError as IContainsErrorRecord)?.ErrorRecord;

    public bool Threw => TerminatingError is not null;

    /// <summary>Prompts the host was asked to show during this run (confirmations, missing mandatory values).</summary>
    public IReadOnlyList<HostPrompt> Prompts { get; } = prompts;

    /// <summary>Text written straight to the host UI during this run (Write-Host to the host, Out-Host, prompts).</summary>
    public string HostText { get; } = hostText;

    /// <summary>The base objects of the output that are <typeparamref name="T"/>.</summary>
    public IReadOnlyList<T> OutputOf<T>() => Output.Select(o => o.BaseObject).OfType<T>().ToList();

    /// <summary>All error records: the non-terminating ones, then the terminating one.</summary>
    public IEnumerable<ErrorRecord> AllErrors => TerminatingErrorRecord is { } t ? Errors.Append(t) : Errors;

    /// <summary>A readable account of the run, for assertion messages.</summary>
    public string Describe()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Output ({Output.Count}): {string.Join(" | ", Output.Take(10).Select(o => o.ToString()))}");
        foreach (var e in Errors)
        {
            sb.AppendLine($"Error [{e.FullyQualifiedErrorId}] {e.CategoryInfo.Category}: {e.Exception?.Message}");
        }

        if (TerminatingError is not null)
        {
            sb.AppendLine($"Terminating [{TerminatingErrorRecord?.FullyQualifiedErrorId}]: {TerminatingError.GetType().Name}: {TerminatingError.Message}");
        }

        foreach (var w in Warnings)
        {
            sb.AppendLine($"Warning: {w.Message}");
        }

        foreach (var p in Prompts)
        {
            sb.AppendLine($"Prompt: {p}");
        }

        return sb.ToString();
    }
}

/// <summary>How to answer a confirmation prompt (ShouldProcess with -Confirm or a high ConfirmImpact, ShouldContinue).</summary>
public enum ConfirmAnswer
{
    Yes,
    YesToAll,
    No,
    NoToAll,
    /// <summary>Stops the command (as if the user pressed Ctrl+C at the prompt): PromptForChoice throws.</summary>
    Cancel,
}

/// <summary>One prompt the host was asked to show.</summary>
/// <param name="Kind">Choice (PromptForChoice: confirmations), Fields (Prompt: missing mandatory parameters), ReadLine, Credential.</param>
/// <param name="Answer">The label of the chosen answer (e.g. "&amp;Yes"), or the values given.</param>
public sealed record HostPrompt(string Kind, string Caption, string Message, IReadOnlyList<string> Choices, string? Answer)
{
    public override string ToString() => $"{Kind}: {Caption} | {Message} -> {Answer}";
}

/// <summary>A PSHost with a scripted UI; what interactive PowerShell would show, recorded instead.</summary>
public sealed class ScriptedHost : PSHost
{
    private readonly Guid _id = Guid.NewGuid();

    public ScriptedHostUserInterface ScriptedUI { get; } = new();

    public override string Name => "ImportExportTestHost";

    public override Version Version => new(1, 0);

    public override Guid InstanceId => _id;

    public override PSHostUserInterface UI => ScriptedUI;

    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;

    public override CultureInfo CurrentUICulture => CultureInfo.GetCultureInfo("en-US");

    public override void EnterNestedPrompt() => throw new NotSupportedException("The test host has no nested prompt.");

    public override void ExitNestedPrompt() => throw new NotSupportedException("The test host has no nested prompt.");

    public override void NotifyBeginApplication()
    {
    }

    public override void NotifyEndApplication()
    {
    }

    public override void SetShouldExit(int exitCode)
    {
    }
}

/// <summary>
/// Answers prompts from queues the test fills, records every prompt and all host output. A prompt with no queued
/// answer fails the command with an <see cref="InvalidOperationException"/> ("unexpected prompt"), so a test
/// never hangs and an unwanted confirmation shows up as a failure.
/// </summary>
public sealed class ScriptedHostUserInterface : PSHostUserInterface
{
    private readonly Queue<ConfirmAnswer> _choices = new();
    private readonly Queue<Dictionary<string, PSObject>> _fieldAnswers = new();
    private readonly List<HostPrompt> _prompts = [];

    public IReadOnlyList<HostPrompt> Prompts => _prompts;

    /// <summary>Everything written to the host (Write, WriteLine, Write*Line, prompts' captions).</summary>
    public StringBuilder HostText { get; } = new();

    public override PSHostRawUserInterface RawUI { get; } = new ScriptedRawUI();

    /// <summary>Queues answers for the next confirmation prompts, in order.</summary>
    public ScriptedHostUserInterface Answer(params ConfirmAnswer[] answers)
    {
        foreach (var a in answers)
        {
            _choices.Enqueue(a);
        }

        return this;
    }

    /// <summary>Queues values for the next Prompt call (missing mandatory parameters): field name → value.</summary>
    public ScriptedHostUserInterface AnswerFields(IDictionary<string, object> values)
    {
        _fieldAnswers.Enqueue(values.ToDictionary(kv => kv.Key, kv => PSObject.AsPSObject(kv.Value), StringComparer.OrdinalIgnoreCase));
        return this;
    }

    /// <summary>Answers still queued (a test can assert that every expected prompt happened).</summary>
    public int PendingAnswers => _choices.Count + _fieldAnswers.Count;

    public void ClearAnswers()
    {
        _choices.Clear();
        _fieldAnswers.Clear();
    }

    public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
    {
        var labels = choices.Select(c => c.Label).ToList();
        if (_choices.Count == 0)
        {
            _prompts.Add(new HostPrompt("Choice", caption, message, labels, null));
            throw new InvalidOperationException($"Unexpected prompt (no answer queued): {caption}: {message}");
        }

        var answer = _choices.Dequeue();
        if (answer == ConfirmAnswer.Cancel)
        {
            _prompts.Add(new HostPrompt("Choice", caption, message, labels, "Cancel"));
            throw new PipelineStoppedException();
        }

        // The engine's ShouldProcess/ShouldContinue labels: &Yes, Yes to &All, &No, No to A&ll, &Suspend.
        string wanted = answer switch
        {
            ConfirmAnswer.Yes => "Yes",
            ConfirmAnswer.YesToAll => "Yes to All",
            ConfirmAnswer.No => "No",
            ConfirmAnswer.NoToAll => "No to All",
            _ => throw new ArgumentOutOfRangeException(nameof(answer)),
        };
        int index = labels.FindIndex(l => string.Equals(l.Replace("&", string.Empty), wanted, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            _prompts.Add(new HostPrompt("Choice", caption, message, labels, null));
            throw new InvalidOperationException($"The prompt offers no '{wanted}' ({string.Join(", ", labels)}): {caption}: {message}");
        }

        _prompts.Add(new HostPrompt("Choice", caption, message, labels, labels[index]));
        HostText.AppendLine(caption).AppendLine(message);
        return index;
    }

    public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions)
    {
        var names = descriptions.Select(d => d.Name).ToList();
        if (_fieldAnswers.Count == 0)
        {
            _prompts.Add(new HostPrompt("Fields", caption, message, names, null));
            throw new InvalidOperationException($"Unexpected prompt for {string.Join(", ", names)} (no answer queued): {caption} {message}");
        }

        var answers = _fieldAnswers.Dequeue();
        _prompts.Add(new HostPrompt("Fields", caption, message, names, string.Join(", ", answers.Select(kv => $"{kv.Key}={kv.Value}"))));
        return answers;
    }

    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
        PromptForCredential(caption, message, userName, targetName, PSCredentialTypes.Default, PSCredentialUIOptions.Default);

    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options)
    {
        _prompts.Add(new HostPrompt("Credential", caption, message, [], null));
        throw new InvalidOperationException($"Unexpected credential prompt: {caption}: {message}");
    }

    public override string ReadLine()
    {
        _prompts.Add(new HostPrompt("ReadLine", string.Empty, string.Empty, [], null));
        throw new InvalidOperationException("Unexpected Read-Host (ReadLine) in a test.");
    }

    public override SecureString ReadLineAsSecureString()
    {
        _prompts.Add(new HostPrompt("ReadLine", string.Empty, string.Empty, [], null));
        throw new InvalidOperationException("Unexpected Read-Host -AsSecureString in a test.");
    }

    // The formatter still emits ANSI styles (table headers) to a custom host even with OutputRendering PlainText:
    // hosts strip them (as the console host does when output is redirected), so recorded text is what a user reads.
    private static readonly System.Text.RegularExpressions.Regex Ansi = new(@"\x1b\[[0-9;?]*[ -/]*[@-~]");

    private static string Plain(string? value) => value is null ? string.Empty : Ansi.Replace(value, string.Empty);

    public override void Write(string value) => HostText.Append(Plain(value));

    public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => HostText.Append(Plain(value));

    public override void WriteLine(string value) => HostText.AppendLine(Plain(value));

    public override void WriteErrorLine(string value) => HostText.AppendLine(Plain(value));

    public override void WriteDebugLine(string message) => HostText.AppendLine("DEBUG: " + Plain(message));

    public override void WriteVerboseLine(string message) => HostText.AppendLine("VERBOSE: " + Plain(message));

    public override void WriteWarningLine(string message) => HostText.AppendLine("WARNING: " + Plain(message));

    public override void WriteProgress(long sourceId, ProgressRecord record)
    {
    }

    private sealed class ScriptedRawUI : PSHostRawUserInterface
    {
        public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;

        public override Size BufferSize { get; set; } = new(250, 3000);

        public override Coordinates CursorPosition { get; set; }

        public override int CursorSize { get; set; } = 25;

        public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;

        public override bool KeyAvailable => false;

        public override Size MaxPhysicalWindowSize => new(250, 100);

        public override Size MaxWindowSize => new(250, 100);

        public override Coordinates WindowPosition { get; set; }

        public override Size WindowSize { get; set; } = new(250, 50);

        public override string WindowTitle { get; set; } = "ImportExport tests";

        public override void FlushInputBuffer()
        {
        }

        public override BufferCell[,] GetBufferContents(Rectangle rectangle) => throw new NotSupportedException();

        public override KeyInfo ReadKey(ReadKeyOptions options) => throw new InvalidOperationException("Unexpected ReadKey in a test.");

        public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill)
        {
        }

        public override void SetBufferContents(Coordinates origin, BufferCell[,] contents)
        {
        }

        public override void SetBufferContents(Rectangle rectangle, BufferCell fill)
        {
        }
    }
}

/// <summary>Tests that change process environment variables run in this collection, one at a time.</summary>
[CollectionDefinition(PowerShellHost.ProcessEnvironmentCollection, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollectionDefinition
{
}
