using Amazon.Runtime;
using ImportExport.Emulator;
using ImportExport.Runtime;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Reliability;

/// <summary>A module session against a <see cref="ReliabilityEmulator"/>, which a test may put a fault proxy in front of.</summary>
public abstract class ReliabilityTestBase(ReliabilityEmulator emulator) : ModuleSessionTestBase<ReliabilityEmulator>(emulator)
{
    internal PowerShellHost Host => PS;

    internal ImportExport.Emulator.EmulatorState State => Emulator.State;

    internal void Point(Uri endpoint) => UseEndpoint(endpoint);

    /// <summary>Points <c>$aws</c> at <paramref name="endpoint"/> (a proxy) instead of the emulator.</summary>
    protected void UseEndpoint(Uri endpoint)
    {
        Emulator.Track(endpoint);
        PS.SetVariable("endpoint", endpoint.ToString());
        PS.Run("$aws.EndpointUrl = $endpoint");
    }
}
