using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using System.Security;
using System.Text;

namespace ImportExport.Tests.Infrastructure;

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
