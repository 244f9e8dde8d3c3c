using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ImportExport.Tests.Infrastructure;

/// <summary>One request as the proxy saw it.</summary>
public sealed class ProxyRequest
{
    public required string Method { get; init; }

    public required string Path { get; init; }

    public required IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; }

    public required byte[] Body { get; init; }

    /// <summary>The operation: the query protocol's Action, or the MGN path (/StartImport → StartImport).</summary>
    public string? Operation { get; init; }

    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    internal static ProxyRequest From(HttpMessage message)
    {
        var parts = message.StartLine.Split(' ');
        var path = parts.Length > 1 ? parts[1] : "/";
        var body = Encoding.UTF8.GetString(message.Body);
        string? operation = null;
        foreach (var pair in body.Split('&'))
        {
            if (pair.StartsWith("Action=", StringComparison.Ordinal))
            {
                operation = Uri.UnescapeDataString(pair["Action=".Length..]);
            }
        }

        var pathOnly = path.Split('?')[0];
        if (operation is null && pathOnly.Length > 1)
        {
            operation = pathOnly.TrimStart('/');
        }

        return new ProxyRequest { Method = parts[0], Path = path, Headers = message.Headers, Body = message.Body, Operation = operation };
    }
}
