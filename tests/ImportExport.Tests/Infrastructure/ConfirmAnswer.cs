using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using System.Security;
using System.Text;

namespace ImportExport.Tests.Infrastructure;

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
