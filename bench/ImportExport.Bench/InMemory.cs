using System.Net;
using System.Text;
using Amazon.Runtime;

namespace ImportExport.Bench;

/// <summary>
/// An HTTP handler that answers every request with one fixed GetStatus response, in memory: our client's own cost per
/// call (AWSSDK.Core's pipeline, SigV4, marshalling, XML unmarshalling) with no network and no emulator.
/// </summary>
internal sealed class InMemoryGetStatusHandler : HttpMessageHandler
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><GetStatusResponse xmlns=\"http://importexport.amazonaws.com/doc/2010-06-01/\"><GetStatusResult>" +
        "<JobId>ABCDE</JobId><JobType>Import</JobType><LocationCode>NotReceived</LocationCode><LocationMessage>The specified job has not been received.</LocationMessage>" +
        "<ProgressCode>Pending</ProgressCode><ProgressMessage>The specified job has not started.</ProgressMessage><Carrier/><TrackingNumber/>" +
        "<LogBucket>my-log-bucket</LogBucket><LogKey>log</LogKey><ErrorCount>0</ErrorCount><Signature>c2lnbmF0dXJl</Signature><SignatureFileContents>version:2.0</SignatureFileContents>" +
        "<CurrentManifest>manifestVersion: 2.0</CurrentManifest><CreationDate>2026-01-01T00:00:00Z</CreationDate><ArtifactList/></GetStatusResult>" +
        "<ResponseMetadata><RequestId>00000000-0000-0000-0000-000000000000</RequestId></ResponseMetadata></GetStatusResponse>");

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) => Respond();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => Task.FromResult(Respond());

    private static HttpResponseMessage Respond()
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Body) };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "text/xml");
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "00000000-0000-0000-0000-000000000000");
        return response;
    }
}

/// <summary>Gives AWSSDK.Core an HttpClient over <see cref="InMemoryGetStatusHandler"/>.</summary>
internal sealed class InMemoryHttpClientFactory : HttpClientFactory
{
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(new InMemoryGetStatusHandler());
}
