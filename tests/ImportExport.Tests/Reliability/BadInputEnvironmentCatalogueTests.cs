using System.Management.Automation;
using ImportExport.Emulator;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Reliability;

/// <summary>The catalogue's cases that change process environment variables, one at a time.</summary>
[Collection(PowerShellHost.ProcessEnvironmentCollection)]
public sealed class BadInputEnvironmentCatalogueTests(BadInputCatalogueTests.CatalogueEmulator emulator)
    : ReliabilityTestBase(emulator), IClassFixture<BadInputCatalogueTests.CatalogueEmulator>
{
    [Theory]
    [MemberData(nameof(BadInputCatalogueTests.EnvironmentCases), MemberType = typeof(BadInputCatalogueTests))]
    public void Bad_environment_gets_a_clear_specific_error(string name) => BadInputCatalogueTests.Run(this, BadInputCatalogue.Find(name));
}
