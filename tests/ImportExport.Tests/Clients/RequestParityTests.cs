using System.Text.Json;
using ImportExport.Emulator;
using ImportExport.IE;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;
using ImportExport.Tests.Peers;

namespace ImportExport.Tests.Clients;

/// <summary>
/// Our clients send what independent AWS clients send for the same input: the same operation,
/// path and decoded parameters (botocore's SigV4 and aws-sdk JS's SigV2 query requests; botocore's
/// and aws-sdk JS's rest-json bodies), and signatures the emulator accepts.
/// </summary>
public sealed class RequestParityTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private readonly ImportExportClient _importExport = ClientFactory.ImportExport(emulator);
    private readonly MgnClient _mgn = ClientFactory.Mgn(emulator, region: "us-east-1");

    public static TheoryData<string> ImportExportPeers => new() { "botocore", "aws-sdk-js" };

    private static Peer PeerNamed(string name) => name == "botocore" ? Peer.Botocore : Peer.AwsSdkJs;

    private async Task<RecordedRequest> PeerRequest(string peerName, string operation, object parameters)
    {
        var peer = PeerNamed(peerName);
        peer.EnsureAvailable();
        var before = emulator.State.Requests.Count;
        await peer.EmitRequestAsync(emulator.Endpoint, operation, JsonSerializer.Serialize(parameters));
        return emulator.State.Requests.Skip(before).Single(r => r.Operation == operation);
    }

    private RecordedRequest OurRequest(string operation, Action send)
    {
        var before = emulator.State.Requests.Count;
        try
        {
            send();
        }
        catch (ImportExportException)
        {
            // The comparison is about the request; some inputs are meant to fail at the service.
        }
        catch (MgnException)
        {
        }

        return emulator.State.Requests.Skip(before).Single(r => r.Operation == operation);
    }

    private static Dictionary<string, string> Comparable(RecordedRequest request) =>
        request.Parameters.ToDictionary(p => p.Key, p => p.Value is JsonElement e ? e.GetRawText() : p.Value?.ToString() ?? string.Empty);

    private static void AssertSameRequest(RecordedRequest ours, RecordedRequest theirs)
    {
        Assert.Equal(theirs.Method, ours.Method);
        Assert.Equal(theirs.Path, ours.Path);
        Assert.Equal(Comparable(theirs).OrderBy(p => p.Key), Comparable(ours).OrderBy(p => p.Key));
        Assert.NotEqual(403, ours.StatusCode);
        Assert.NotEqual(403, theirs.StatusCode);
        Assert.Equal(theirs.ErrorCode, ours.ErrorCode);
    }

    [Theory]
    [MemberData(nameof(ImportExportPeers))]
    public async Task CreateJob_matches(string peer)
    {
        var manifest = Manifests.Import();
        var theirs = await PeerRequest(peer, "CreateJob", new { JobType = "Import", Manifest = manifest, ValidateOnly = true });
        var ours = OurRequest("CreateJob", () => _importExport.CreateJob(new CreateJobRequest { JobType = JobType.Import, Manifest = manifest, ValidateOnly = true }));

        AssertSameRequest(ours, theirs);
    }

    [Theory]
    [MemberData(nameof(ImportExportPeers))]
    public async Task UpdateJob_matches(string peer)
    {
        var id = _importExport.CreateJob(new CreateJobRequest { JobType = JobType.Import, Manifest = Manifests.Import() }).JobId!;
        var manifest = Manifests.Import(deviceId: "1234");
        var theirs = await PeerRequest(peer, "UpdateJob", new { JobId = id, JobType = "Import", Manifest = manifest, ValidateOnly = false });
        var ours = OurRequest("UpdateJob", () => _importExport.UpdateJob(new UpdateJobRequest { JobId = id, JobType = JobType.Import, Manifest = manifest }));

        AssertSameRequest(ours, theirs);
    }

    [Theory]
    [MemberData(nameof(ImportExportPeers))]
    public async Task CancelJob_matches(string peer)
    {
        var theirs = await PeerRequest(peer, "CancelJob", new { JobId = "NOSUCH", APIVersion = "2.0" });
        var ours = OurRequest("CancelJob", () => _importExport.CancelJob(new CancelJobRequest { JobId = "NOSUCH", APIVersion = "2.0" }));

        AssertSameRequest(ours, theirs);
        Assert.Equal("InvalidJobIdException", ours.ErrorCode);
    }

    [Theory]
    [MemberData(nameof(ImportExportPeers))]
    public async Task GetStatus_matches(string peer)
    {
        var id = _importExport.CreateJob(new CreateJobRequest { JobType = JobType.Import, Manifest = Manifests.Import() }).JobId!;
        var theirs = await PeerRequest(peer, "GetStatus", new { JobId = id });
        var ours = OurRequest("GetStatus", () => _importExport.GetStatus(new GetStatusRequest { JobId = id }));

        AssertSameRequest(ours, theirs);
    }

    [Theory]
    [MemberData(nameof(ImportExportPeers))]
    public async Task ListJobs_matches(string peer)
    {
        var theirs = await PeerRequest(peer, "ListJobs", new { MaxJobs = 25 });
        var ours = OurRequest("ListJobs", () => _importExport.ListJobs(new ListJobsRequest { MaxJobs = 25 }));

        AssertSameRequest(ours, theirs);
    }

    [Theory]
    [MemberData(nameof(ImportExportPeers))]
    public async Task GetShippingLabel_matches(string peer)
    {
        var first = _importExport.CreateJob(new CreateJobRequest { JobType = JobType.Import, Manifest = Manifests.Import() }).JobId!;
        var second = _importExport.CreateJob(new CreateJobRequest { JobType = JobType.Import, Manifest = Manifests.Import() }).JobId!;
        var theirs = await PeerRequest(peer, "GetShippingLabel", new { jobIds = new[] { first, second }, name = "Jane Doe", city = "Anytown", street1 = "123 Any Street", country = "USA" });
        var ours = OurRequest("GetShippingLabel", () => _importExport.GetShippingLabel(new GetShippingLabelRequest
        {
            JobIds = [first, second],
            ReturnAddress = new ReturnAddress { Name = "Jane Doe", City = "Anytown", Street1 = "123 Any Street", Country = "USA" },
        }));

        AssertSameRequest(ours, theirs);
    }

    [Theory]
    [MemberData(nameof(ImportExportPeers))]
    public async Task StartImport_matches(string peer)
    {
        // aws-sdk JS v2 ships an older MGN model whose StartImport has no tags.
        var tags = peer == "botocore" ? new Dictionary<string, string> { ["Project"] = "Lift" } : new Dictionary<string, string>();
        var token = Guid.NewGuid().ToString();
        object parameters = tags.Count > 0
            ? new { clientToken = token, s3BucketSource = new { s3Bucket = "my-import-bucket", s3Key = "imports/parity.csv", s3BucketOwner = "111122223333" }, tags }
            : new { clientToken = token, s3BucketSource = new { s3Bucket = "my-import-bucket", s3Key = "imports/parity.csv", s3BucketOwner = "111122223333" } };
        var theirs = await PeerRequest(peer, "StartImport", parameters);
        var ours = OurRequest("StartImport", () => _mgn.StartImport(new StartImportRequest
        {
            ClientToken = token,
            S3BucketSource = new S3BucketSource { S3Bucket = "my-import-bucket", S3Key = "imports/parity.csv", S3BucketOwner = "111122223333" },
            Tags = tags,
        }));

        AssertSameRequest(ours, theirs);
        Assert.Equal("v4", ours.SignatureVersion);
    }

    [Theory]
    [MemberData(nameof(ImportExportPeers))]
    public async Task ListImports_matches(string peer)
    {
        var theirs = await PeerRequest(peer, "ListImports", new { maxResults = 10, filters = new { importIDs = new[] { "import-0123456789abcdefg" } } });
        var ours = OurRequest("ListImports", () => _mgn.ListImports(new ListImportsRequest { MaxResults = 10, ImportIds = ["import-0123456789abcdefg"] }));

        AssertSameRequest(ours, theirs);
    }

    [Fact]
    public async Task ListImportErrors_matches_botocore()
    {
        var theirs = await PeerRequest("botocore", "ListImportErrors", new { importID = "import-0123456789abcdefg", maxResults = 5 });
        var ours = OurRequest("ListImportErrors", () => _mgn.ListImportErrors(new ListImportErrorsRequest { ImportId = "import-0123456789abcdefg", MaxResults = 5 }));

        AssertSameRequest(ours, theirs);
    }
}
