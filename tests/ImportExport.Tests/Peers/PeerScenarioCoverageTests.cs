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

/// <summary>The --emit-request helper that comparison tests use: one request, its outcome as JSON.</summary>
public sealed class PeerEmitRequestTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    public static TheoryData<string> Peers => new() { Peer.Botocore.Name, Peer.AwsSdkJs.Name };

    [Theory, MemberData(nameof(Peers))]
    public async Task Emit_request_sends_one_GetStatus_and_reports_the_service_error(string peerName)
    {
        var peer = peerName == Peer.Botocore.Name ? Peer.Botocore : Peer.AwsSdkJs;
        var observed = await peer.EmitRequestAsync(emulator.Endpoint, "GetStatus", """{"JobId":"EMITNOSUCHJOB"}""");

        Assert.Equal("importexport", observed.GetProperty("service").GetString());
        Assert.False(observed.GetProperty("ok").GetBoolean());
        Assert.Equal("InvalidJobIdException", observed.GetProperty("error").GetProperty("code").GetString());
    }

    [Theory, MemberData(nameof(Peers))]
    public async Task Emit_request_sends_one_StartImport_and_reports_the_task(string peerName)
    {
        var peer = peerName == Peer.Botocore.Name ? Peer.Botocore : Peer.AwsSdkJs;
        var observed = await peer.EmitRequestAsync(emulator.Endpoint, "StartImport",
            """{"s3BucketSource":{"s3Bucket":"my-import-bucket","s3Key":"emit/servers.csv"}}""");

        Assert.True(observed.GetProperty("ok").GetBoolean(), observed.ToString());
        Assert.Matches("^import-[0-9a-zA-Z]{17}$", observed.GetProperty("response").GetProperty("importTask").GetProperty("importID").GetString());
    }
}
