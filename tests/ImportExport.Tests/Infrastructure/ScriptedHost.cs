using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using System.Security;
using System.Text;

namespace ImportExport.Tests.Infrastructure;

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
