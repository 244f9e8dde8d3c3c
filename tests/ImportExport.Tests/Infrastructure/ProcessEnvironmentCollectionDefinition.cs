using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using System.Security;
using System.Text;

namespace ImportExport.Tests.Infrastructure;

/// <summary>Tests that change process environment variables run in this collection, one at a time.</summary>
[CollectionDefinition(PowerShellHost.ProcessEnvironmentCollection, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollectionDefinition
{
}
