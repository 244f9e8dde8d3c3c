using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Peers;

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

    [Fact]
    public async Task Botocore_and_aws_sdk_js_requests_decode_to_the_same_parameters_in_the_request_log()
    {
        // The same GetShippingLabel from both peers: botocore signs SigV4, aws-sdk JS signs SigV2, and the emulator
        // must decode both to the same operation parameters (authentication parameters stripped).
        const string parameters = """{"jobIds":["CMPJOB1","CMPJOB2"],"name":"Zoë O'Brien","street1":"1 Rue de l'Église","city":"São Paulo","postalCode":"01000-000","country":"Brazil"}""";
        var botocore = await Peer.Botocore.EmitAndCaptureAsync(emulator, "GetShippingLabel", parameters);
        var js = await Peer.AwsSdkJs.EmitAndCaptureAsync(emulator, "GetShippingLabel", parameters);

        var b = Assert.Single(botocore.Logged);
        var j = Assert.Single(js.Logged);
        Assert.Equal("v4", b.SignatureVersion);
        Assert.Equal("v2", j.SignatureVersion);
        Assert.Equal(EmulatorFixture.AccessKey, b.AccessKeyId);
        Assert.Equal(EmulatorFixture.AccessKey, j.AccessKeyId);
        Assert.Equal(Flatten(b.Parameters), Flatten(j.Parameters));
        Assert.Equal("CMPJOB1", Flatten(b.Parameters)["jobIds.member.1"]);
        Assert.Equal(b.ErrorCode, j.ErrorCode);
    }

    private static SortedDictionary<string, string?> Flatten(IReadOnlyDictionary<string, object?> parameters) =>
        new(parameters.ToDictionary(p => p.Key, p => p.Value?.ToString()), StringComparer.Ordinal);
}
