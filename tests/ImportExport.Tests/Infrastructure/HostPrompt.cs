using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using System.Security;
using System.Text;

namespace ImportExport.Tests.Infrastructure;

/// <summary>One prompt the host was asked to show.</summary>
/// <param name="Kind">Choice (PromptForChoice: confirmations), Fields (Prompt: missing mandatory parameters), ReadLine, Credential.</param>
/// <param name="Answer">The label of the chosen answer (e.g. "&amp;Yes"), or the values given.</param>
public sealed record HostPrompt(string Kind, string Caption, string Message, IReadOnlyList<string> Choices, string? Answer)
{
    public override string ToString() => $"{Kind}: {Caption} | {Message} -> {Answer}";
}
