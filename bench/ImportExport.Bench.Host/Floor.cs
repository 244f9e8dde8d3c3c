using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace ImportExport.Bench.Host;

/// <summary>
/// The floor for one Import/Export call: a bare <see cref="HttpClient"/> (keep-alive, one connection) posting the
/// same GetStatus request our client sends (<c>POST /?Operation=GetStatus</c>, form body), SigV4-signed as
/// IngestionService/us-east-1. Everything that does not change between calls is done once up front: the body and its
/// SHA-256, the signing key (one per day), the canonical request's fixed parts. Per call it only formats X-Amz-Date,
/// hashes the canonical request and computes one HMAC (a few microseconds), so the emulator sees a correctly and freshly
/// signed request each time, as from any real client, and the floor stays the cost of HTTP plus the emulator's own work.
/// Nothing is unmarshalled: the response body is read as bytes and dropped.
/// </summary>
internal sealed class SignedGetStatusFloor : IDisposable
{
    private const string ContentType = "application/x-www-form-urlencoded; charset=utf-8";
    private readonly HttpClient http;
    private readonly Uri uri;
    private readonly string host;
    private readonly string accessKey;
    private readonly string secretKey;
    private readonly byte[] body;
    private readonly string bodyHash;
    private string keyDate = "";
    private byte[] signingKey = [];

    public SignedGetStatusFloor(Uri endpoint, string jobId, string accessKey, string secretKey)
    {
        http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false, AllowAutoRedirect = false });
        uri = new Uri(endpoint, "/?Operation=GetStatus");
        host = endpoint.IsDefaultPort ? endpoint.Host : $"{endpoint.Host}:{endpoint.Port}";
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        body = Encoding.UTF8.GetBytes($"Action=GetStatus&Version=2010-06-01&JobId={Uri.EscapeDataString(jobId)}");
        bodyHash = Convert.ToHexStringLower(SHA256.HashData(body));
    }

    /// <summary>One call; returns the response size (so the read cannot be skipped).</summary>
    public int Call()
    {
        using var request = Sign(DateTime.UtcNow);
        using var response = http.Send(request, HttpCompletionOption.ResponseContentRead);
        var bytes = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The floor's request failed: {(int)response.StatusCode} {Encoding.UTF8.GetString(bytes)}");
        }

        return bytes.Length;
    }

    private HttpRequestMessage Sign(DateTime now)
    {
        var amzDate = now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var day = amzDate[..8];
        if (day != keyDate)
        {
            var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretKey), day);
            key = Hmac(key, "us-east-1");
            key = Hmac(key, "IngestionService");
            signingKey = Hmac(key, "aws4_request");
            keyDate = day;
        }

        var canonical = $"POST\n/\nOperation=GetStatus\ncontent-type:{ContentType}\nhost:{host}\nx-amz-date:{amzDate}\n\ncontent-type;host;x-amz-date\n{bodyHash}";
        var scope = $"{day}/us-east-1/IngestionService/aws4_request";
        var toSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var signature = Convert.ToHexStringLower(Hmac(signingKey, toSign));

        var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential={accessKey}/{scope}, SignedHeaders=content-type;host;x-amz-date, Signature={signature}");
        return request;
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    public void Dispose() => http.Dispose();
}
