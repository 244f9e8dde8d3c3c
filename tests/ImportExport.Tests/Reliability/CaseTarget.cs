using System.Management.Automation;
using System.Text;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Reliability;

/// <summary>Where a case sends its requests.</summary>
public enum CaseTarget
{
    /// <summary>The emulator (<c>$aws</c>).</summary>
    Emulator,

    /// <summary>A fake server that answers every request with <see cref="BadInputCase.Response"/> (<c>$aws</c> points at it).</summary>
    FakeServer,
}
