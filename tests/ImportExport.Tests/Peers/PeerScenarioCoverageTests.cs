using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Peers;

/// <summary>The peer scripts and the xunit tests cannot drift apart: every scenario has exactly one test.</summary>
public sealed class PeerScenarioCoverageTests
{
    public static TheoryData<string> Peers => new() { Peer.Botocore.Name, Peer.AwsSdkJs.Name };

    [Theory, MemberData(nameof(Peers))]
    public async Task Every_peer_scenario_has_exactly_one_test(string peerName)
    {
        var (peer, tests) = peerName == Peer.Botocore.Name
            ? (Peer.Botocore, typeof(BotocorePeerTests))
            : (Peer.AwsSdkJs, typeof(AwsSdkJsPeerTests));
        var offered = await peer.ListScenariosAsync();
        var covered = PeerScenarioTests.ScenariosCoveredBy(tests);

        Assert.Empty(covered.GroupBy(s => s).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Equal(offered.Order(StringComparer.Ordinal), covered.Order(StringComparer.Ordinal));
    }
}
