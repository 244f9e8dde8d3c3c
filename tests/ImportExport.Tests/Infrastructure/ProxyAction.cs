using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ImportExport.Tests.Infrastructure;

/// <summary>What the proxy does with one request.</summary>
public sealed class ProxyAction
{
    private ProxyAction(ProxyActionKind kind) => Kind = kind;

    public ProxyActionKind Kind { get; }

    public byte[]? RawResponse { get; private init; }

    public bool CloseAfter { get; private init; }

    public TimeSpan Delay { get; private init; }

    public static ProxyAction Forward { get; } = new(ProxyActionKind.Forward);

    public static ProxyAction ResetBeforeForward { get; } = new(ProxyActionKind.ResetBeforeForward);

    public static ProxyAction DropResponse { get; } = new(ProxyActionKind.DropResponse);

    public static ProxyAction TruncateResponse { get; } = new(ProxyActionKind.TruncateResponse);

    public static ProxyAction Hang(TimeSpan delay) => new(ProxyActionKind.Hang) { Delay = delay };

    public static ProxyAction DelayThenForward(TimeSpan delay) => new(ProxyActionKind.DelayThenForward) { Delay = delay };

    /// <summary>A 200 whose Content-Length promises more body than comes: the rest stalls for <paramref name="delay"/>, then the connection is reset.</summary>
    public static ProxyAction StallBody(TimeSpan delay) =>
        new(ProxyActionKind.StallBody)
        {
            Delay = delay,
            RawResponse = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 4096\r\nx-amzn-RequestId: 00000000-fake-4000-8000-000000000000\r\n\r\n<GetStatusResponse>"),
        };

    /// <summary>What a load balancer answers when the service behind it is overloaded: 503, an HTML page, no service envelope.</summary>
    public static ProxyAction LoadBalancer503 { get; } = Status(503, "Service Unavailable", "text/html", "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>");

    public static ProxyAction Status(int status, string reason, string contentType, string body, IEnumerable<KeyValuePair<string, string>>? headers = null, bool close = false) =>
        Raw(status, reason, contentType, Encoding.UTF8.GetBytes(body), headers, close);

    /// <summary>An answer with exactly these parts; Content-Length is the body's length unless a header gives another.</summary>
    public static ProxyAction Raw(int status, string reason, string? contentType, byte[] body, IEnumerable<KeyValuePair<string, string>>? headers = null, bool close = false)
    {
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {reason}\r\n");
        var extra = headers?.ToList() ?? [];
        if (contentType is not null)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\n");
        }

        if (!extra.Any(h => string.Equals(h.Key, "Content-Length", StringComparison.OrdinalIgnoreCase)))
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n");
        }

        head.Append(CultureInfo.InvariantCulture, $"Date: {DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture)}\r\n");
        head.Append("x-amzn-RequestId: 00000000-fake-4000-8000-000000000000\r\n");
        foreach (var header in extra)
        {
            head.Append(CultureInfo.InvariantCulture, $"{header.Key}: {header.Value}\r\n");
        }

        if (close)
        {
            head.Append("Connection: close\r\n");
        }

        head.Append("\r\n");
        var bytes = Encoding.ASCII.GetBytes(head.ToString()).Concat(body).ToArray();
        return new ProxyAction(ProxyActionKind.Respond) { RawResponse = bytes, CloseAfter = close };
    }

    /// <summary>Raw bytes sent as the whole answer (they need not be valid HTTP), then the connection is closed.</summary>
    public static ProxyAction Bytes(byte[] raw) => new(ProxyActionKind.Respond) { RawResponse = raw, CloseAfter = true };
}
