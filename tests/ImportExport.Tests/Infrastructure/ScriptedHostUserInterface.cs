using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using System.Security;
using System.Text;

namespace ImportExport.Tests.Infrastructure;

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
