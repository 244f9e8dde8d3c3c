using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;

namespace ImportExport.Tests.Infrastructure;

/// <summary>
/// A stand-in for an HTTP proxy on a free loopback port: records the request line of each connection (a CONNECT for
/// https, the absolute URL for http) and answers 502, so a test sees which requests went through the proxy and with
/// what in cleartext, and nothing reaches the real destination.
/// </summary>
public sealed class RecordingProxy : IDisposable
{
    private readonly ConcurrentQueue<string> _requestLines = new();
    private readonly LoopbackServer _server;

    public RecordingProxy() => _server = new LoopbackServer(AnswerAsync);

    /// <summary><c>http://127.0.0.1:PORT/</c>: the value for HTTP_PROXY or HTTPS_PROXY.</summary>
    public string Url => _server.Url().ToString();

    public IReadOnlyList<string> RequestLines => _requestLines.ToArray();

    public void Dispose() => _server.Dispose();

    private async Task AnswerAsync(Socket client, CancellationToken stopping)
    {
        await using var stream = new NetworkStream(client);
        var line = new StringBuilder();
        var buffer = new byte[1];
        while (await stream.ReadAsync(buffer, stopping) == 1 && buffer[0] != '\n')
        {
            line.Append((char)buffer[0]);
        }

        _requestLines.Enqueue(line.ToString().TrimEnd('\r'));
        var answer = Encoding.ASCII.GetBytes("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(answer, stopping);
    }
}
