using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using System.Security;
using System.Text;

namespace ImportExport.Tests.Infrastructure;

/// <summary>A hosted run outlived <see cref="PowerShellHost.RunTimeout"/>: it was stopped and the test fails.</summary>
public sealed class RunTimedOutException(string message) : TimeoutException(message);
