using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Peers;

/// <summary>One test per peer scenario: the test name says the behaviour, the attribute says the scenario.</summary>
public abstract class PeerScenarioTests(EmulatorFixture emulator, Peer peer)
{
    protected EmulatorFixture Emulator { get; } = emulator;
    protected Peer Peer { get; } = peer;

    protected async Task Run([CallerMemberName] string test = "")
    {
        var scenario = GetType().GetMethod(test)?.GetCustomAttribute<ScenarioAttribute>()?.Name
            ?? throw new InvalidOperationException($"{GetType().Name}.{test} has no [Scenario] attribute.");
        var result = await Peer.RunScenarioAsync(Emulator.Endpoint, scenario);
        result.AssertSucceeded();
    }

    /// <summary>Every scenario the peer script offers has a test here, and every test names a real scenario.</summary>
    public static IReadOnlyList<string> ScenariosCoveredBy(Type testClass) =>
        testClass.GetMethods()
            .Select(m => m.GetCustomAttribute<ScenarioAttribute>()?.Name)
            .OfType<string>()
            .ToList();
}
