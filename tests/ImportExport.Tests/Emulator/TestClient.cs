using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Emulator;

/// <summary>
/// A deliberately small, test-side AWS signer and HTTP driver, written from the AWS documentation independently of
/// the emulator's verifier and of the module's client, so the emulator is not only checked against itself.
/// </summary>
internal sealed class TestClient(Uri endpoint) : IDisposable
{
    public static readonly XNamespace Ns = "http://importexport.amazonaws.com/doc/2010-06-01/";

    private readonly HttpClient http = new() { BaseAddress = endpoint };

    public Uri Endpoint { get; } = endpoint;

    /// <summary>An Import/Export call as botocore sends it: form body with Action and Version, SigV4 as IngestionService.</summary>
    public Task<HttpResponseMessage> ImportExportAsync(string action, IEnumerable<KeyValuePair<string, string>>? parameters = null, Signing? signing = null)
    {
        var form = new List<KeyValuePair<string, string>> { new("Action", action), new("Version", "2010-06-01") };
        form.AddRange(parameters ?? []);
        var body = string.Join("&", form.Select(p => Encode(p.Key) + "=" + Encode(p.Value)));
        return SendV4Async("/", body, "application/x-www-form-urlencoded; charset=utf-8", signing ?? new Signing());
    }

    /// <summary>An Import/Export call signed with Signature Version 2 form parameters, as aws-sdk JS v2 and AWSSDK.Core send it.</summary>
    public Task<HttpResponseMessage> ImportExportV2Async(string action, IEnumerable<KeyValuePair<string, string>>? parameters = null, Signing? signing = null, bool hostWithPort = true, string method = "HmacSHA256")
    {
        signing ??= new Signing();
        var form = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["Action"] = action,
            ["Version"] = "2010-06-01",
            ["AWSAccessKeyId"] = signing.AccessKey,
            ["SignatureVersion"] = "2",
            ["SignatureMethod"] = method,
            ["Timestamp"] = (DateTime.UtcNow + signing.ClockOffset).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        if (signing.SessionToken is not null)
        {
            form["SecurityToken"] = signing.SessionToken;
        }

        foreach (var p in parameters ?? [])
        {
            form[p.Key] = p.Value;
        }

        var canonical = string.Join("&", form.Select(p => Encode(p.Key) + "=" + Encode(p.Value)));
        var host = hostWithPort ? Endpoint.Authority : Endpoint.Host;
        var stringToSign = $"POST\n{host}\n/\n{canonical}";
        var key = Encoding.UTF8.GetBytes(signing.SecretKey);
        var mac = method == "HmacSHA1" ? HMACSHA1.HashData(key, Encoding.UTF8.GetBytes(stringToSign)) : HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign));
        var body = canonical + "&Signature=" + Encode(Convert.ToBase64String(mac));
        var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded; charset=utf-8");
        return http.SendAsync(request);
    }

    /// <summary>
    /// An Import/Export call through a presigned URL (query-string SigV4), the way botocore's generate_presigned_url
    /// builds it: parameters and X-Amz-* in the query, host the only signed header, the empty body's hash as payload.
    /// </summary>
    public Task<HttpResponseMessage> ImportExportPresignedAsync(string action, int expiresSeconds = 300, Signing? signing = null)
    {
        signing ??= new Signing();
        var now = DateTime.UtcNow + signing.ClockOffset;
        var amzDate = now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var scope = $"{amzDate[..8]}/{signing.Region}/{signing.Service}/aws4_request";
        var query = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["Action"] = action,
            ["Version"] = "2010-06-01",
            ["X-Amz-Algorithm"] = "AWS4-HMAC-SHA256",
            ["X-Amz-Credential"] = $"{signing.AccessKey}/{scope}",
            ["X-Amz-Date"] = amzDate,
            ["X-Amz-Expires"] = expiresSeconds.ToString(CultureInfo.InvariantCulture),
            ["X-Amz-SignedHeaders"] = "host",
        };
        var canonicalQuery = string.Join("&", query.Select(p => Encode(p.Key) + "=" + Encode(p.Value)));
        var canonical = $"POST\n/\n{canonicalQuery}\nhost:{Endpoint.Authority}\n\nhost\n{Hex(SHA256.HashData([]))}";
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + signing.SecretKey), amzDate[..8]);
        key = Hmac(key, signing.Region);
        key = Hmac(key, signing.Service);
        key = Hmac(key, "aws4_request");
        var url = $"/?{canonicalQuery}&X-Amz-Signature={Hex(Hmac(key, stringToSign))}";
        return http.PostAsync(url, new ByteArrayContent([]));
    }

    /// <summary>An MGN call: <c>POST /{operation}</c> with a JSON body, SigV4 as mgn in <paramref name="region"/>.</summary>
    public Task<HttpResponseMessage> MgnAsync(string operation, object? body = null, Signing? signing = null, string region = "eu-west-1")
    {
        var json = body is string text ? text : JsonSerializer.Serialize(body ?? new { });
        signing ??= new Signing(Region: region, Service: "mgn");
        return SendV4Async("/" + operation, json, "application/json", signing);
    }

    /// <summary>Plain HTTP for the admin API and label downloads.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> SendV4Async(string path, string body, string contentType, Signing signing)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (!signing.Unsigned)
        {
            var now = DateTime.UtcNow + signing.ClockOffset;
            var amzDate = now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            var date = amzDate[..8];
            var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["content-type"] = contentType,
                ["host"] = Endpoint.Authority,
                ["x-amz-date"] = amzDate,
            };
            if (signing.SessionToken is not null)
            {
                headers["x-amz-security-token"] = signing.SessionToken;
            }

            var signedHeaders = string.Join(";", headers.Keys);
            // Canonical URI and query string are separate parts; query parameters here are simple (no encoding needed).
            var queryStart = path.IndexOf('?');
            var canonicalPath = queryStart < 0 ? path : path[..queryStart];
            var canonicalQuery = queryStart < 0 ? string.Empty : string.Join("&", path[(queryStart + 1)..].Split('&').Order(StringComparer.Ordinal));
            var canonical = $"POST\n{canonicalPath}\n{canonicalQuery}\n{string.Concat(headers.Select(h => h.Key + ":" + h.Value + "\n"))}\n{signedHeaders}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(body)))}";
            var scope = $"{date}/{signing.Region}/{signing.Service}/aws4_request";
            var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
            var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + signing.SecretKey), date);
            key = Hmac(key, signing.Region);
            key = Hmac(key, signing.Service);
            key = Hmac(key, "aws4_request");
            var signature = Hex(Hmac(key, stringToSign));

            request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
            if (signing.SessionToken is not null)
            {
                request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", signing.SessionToken);
            }

            request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential={signing.AccessKey}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}");
        }

        return await http.SendAsync(request);
    }

    public void Dispose() => http.Dispose();

    /// <summary>RFC 3986 encoding, as both signature versions define it.</summary>
    public static string Encode(string value)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
