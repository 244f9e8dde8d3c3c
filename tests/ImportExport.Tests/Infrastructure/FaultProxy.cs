using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ImportExport.Tests.Infrastructure;

/// <summary>
/// A small HTTP/1.1 proxy on 127.0.0.1 that sits between a client and the emulator and breaks things in transit:
/// a connection reset before the request reaches the service, a response lost after the service committed, a 503
/// from a "load balancer", a truncated or replaced answer, an answer that never comes. Without an upstream it is a
/// tiny fake server that answers only what the test scripts (hostile responses).
/// </summary>
/// <remarks>
/// <para>
/// Requests and responses are buffered whole (both bounded by <see cref="MaxMessageBytes"/>); the upstream must
/// answer with Content-Length (the emulator does). Only loopback: the listener binds 127.0.0.1 and the upstream must
/// be a loopback URL.
/// </para>
/// <para>
/// Bounded and self-stopping: every socket operation has a timeout, <see cref="Lifetime"/> stops the proxy on its
/// own (a forgotten proxy cannot outlive a test run), and Dispose stops it and closes every connection.
/// </para>
/// </remarks>
public sealed class FaultProxy : IAsyncDisposable, IDisposable
{
    public const int MaxMessageBytes = 64 * 1024 * 1024;

    private static readonly TimeSpan IoTimeout = TimeSpan.FromSeconds(30);

    private readonly LoopbackServer server;
    private readonly Uri? upstream;
    private readonly ConcurrentQueue<(string? Operation, ProxyAction Action)> scripted = new();
    private int requests;
    private int faults;

    private FaultProxy(Uri? upstream, TimeSpan lifetime)
    {
        if (upstream is not null && !IPAddress.IsLoopback(Dns.GetHostAddresses(upstream.Host).First()))
        {
            throw new ArgumentException("The proxy only forwards to loopback.", nameof(upstream));
        }

        this.upstream = upstream;
        Lifetime = lifetime;
        server = new LoopbackServer(ServeAsync, lifetime);
        Endpoint = server.Url();
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>: pass it as -EndpointUrl.</summary>
    public Uri Endpoint { get; }

    /// <summary>How long the proxy runs at most.</summary>
    public TimeSpan Lifetime { get; }

    /// <summary>Decides what happens to a request nothing was scripted for; null (the default) forwards it.</summary>
    public Func<ProxyRequest, ProxyAction?>? Rule { get; set; }

    /// <summary>Requests received (each attempt of a client counts).</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>Requests that got something other than a plain forward.</summary>
    public int FaultsInjected => Volatile.Read(ref faults);

    /// <summary>The requests received, in order.</summary>
    public ConcurrentQueue<ProxyRequest> Received { get; } = new();

    /// <summary>Starts a proxy in front of <paramref name="upstream"/> (the emulator), or a fake server when it is null.</summary>
    public static FaultProxy Start(Uri? upstream, TimeSpan? lifetime = null) => new(upstream, lifetime ?? TimeSpan.FromMinutes(5));

    /// <summary>The next request (of <paramref name="operation"/>, when given) gets <paramref name="action"/>.</summary>
    public FaultProxy Next(ProxyAction action, string? operation = null)
    {
        scripted.Enqueue((operation, action));
        return this;
    }

    public void Dispose() => server.Dispose();

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private async Task ServeAsync(Socket client, CancellationToken stop)
    {
        Socket? upstreamSocket = null;
        try
        {
            client.NoDelay = true;
            while (!stop.IsCancellationRequested)
            {
                var request = await ReadMessageAsync(client, isRequest: true, stop);
                if (request is null)
                {
                    return;
                }

                var proxyRequest = ProxyRequest.From(request);
                Received.Enqueue(proxyRequest);
                Interlocked.Increment(ref requests);
                var action = Dequeue(proxyRequest) ?? Rule?.Invoke(proxyRequest) ?? ProxyAction.Forward;
                if (action.Kind != ProxyActionKind.Forward)
                {
                    Interlocked.Increment(ref faults);
                }

                switch (action.Kind)
                {
                    case ProxyActionKind.ResetBeforeForward:
                        Reset(client);
                        return;
                    case ProxyActionKind.Respond:
                        await SendAsync(client, stop, action.RawResponse!);
                        if (action.CloseAfter)
                        {
                            client.Shutdown(SocketShutdown.Both);
                            return;
                        }

                        continue;
                    case ProxyActionKind.Hang:
                        await Task.Delay(action.Delay, stop).ContinueWith(_ => { });
                        Reset(client);
                        return;
                    case ProxyActionKind.StallBody:
                        await SendAsync(client, stop, action.RawResponse!);
                        await Task.Delay(action.Delay, stop).ContinueWith(_ => { });
                        Reset(client);
                        return;
                }

                if (action.Kind == ProxyActionKind.DelayThenForward)
                {
                    await Task.Delay(action.Delay, stop);
                }

                if (upstream is null)
                {
                    await SendAsync(client, stop, ProxyAction.Status(502, "Bad Gateway", "text/plain", "no upstream").RawResponse!);
                    continue;
                }

                upstreamSocket ??= await ConnectUpstreamAsync(stop);
                await SendAsync(upstreamSocket, stop, request.Raw);
                var response = await ReadMessageAsync(upstreamSocket, isRequest: false, stop);
                if (response is null)
                {
                    // The upstream dropped the connection: so do we.
                    Reset(client);
                    return;
                }

                if (response.CloseConnection)
                {
                    upstreamSocket.Dispose();
                    upstreamSocket = null;
                }

                switch (action.Kind)
                {
                    case ProxyActionKind.DropResponse:
                        Reset(client);
                        return;
                    case ProxyActionKind.TruncateResponse:
                        await SendAsync(client, stop, response.Raw.AsMemory(0, Math.Max(1, response.Raw.Length - Math.Max(1, response.Body.Length / 2))).ToArray());
                        client.Shutdown(SocketShutdown.Both);
                        return;
                    default:
                        await SendAsync(client, stop, response.Raw);
                        if (response.CloseConnection)
                        {
                            client.Shutdown(SocketShutdown.Both);
                            return;
                        }

                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException or InvalidDataException)
        {
            // A broken or abandoned connection ends here; the client sees it as such.
        }
        finally
        {
            // The client connection is the server's to close; the upstream one is ours.
            upstreamSocket?.Dispose();
        }
    }

    private ProxyAction? Dequeue(ProxyRequest request)
    {
        // Scripted actions apply in order to the requests they name.
        if (scripted.TryPeek(out var next) && (next.Operation is null || next.Operation == request.Operation) && scripted.TryDequeue(out var taken))
        {
            return taken.Action;
        }

        return null;
    }

    private async Task<Socket> ConnectUpstreamAsync(CancellationToken stop)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
        timeout.CancelAfter(IoTimeout);
        try
        {
            await socket.ConnectAsync(IPAddress.Loopback, upstream!.Port, timeout.Token);
            return socket;
        }
        catch (Exception)
        {
            socket.Dispose();
            throw;
        }
    }

    private static void Reset(Socket socket)
    {
        try
        {
            // Linger 0: close with RST, as a crashed load balancer or a lost path does.
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
        }
    }

    private static async Task SendAsync(Socket socket, CancellationToken stop, byte[] bytes)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
        timeout.CancelAfter(IoTimeout);
        var sent = 0;
        while (sent < bytes.Length)
        {
            sent += await socket.SendAsync(bytes.AsMemory(sent), SocketFlags.None, timeout.Token);
        }
    }

    /// <summary>Reads one HTTP message (head and Content-Length body); null when the peer closed before sending anything.</summary>
    private static async Task<HttpMessage?> ReadMessageAsync(Socket socket, bool isRequest, CancellationToken stop)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
        timeout.CancelAfter(IoTimeout);
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        var headEnd = -1;
        while (headEnd < 0)
        {
            var read = await socket.ReceiveAsync(chunk, SocketFlags.None, timeout.Token);
            if (read == 0)
            {
                return buffer.Length == 0 ? null : throw new InvalidDataException("The peer closed inside a message head.");
            }

            buffer.Write(chunk, 0, read);
            headEnd = IndexOfHeadEnd(buffer.GetBuffer(), (int)buffer.Length);
            if (buffer.Length > 64 * 1024 && headEnd < 0)
            {
                throw new InvalidDataException("Message head too large.");
            }
        }

        var head = Encoding.ASCII.GetString(buffer.GetBuffer(), 0, headEnd);
        var lines = head.Split("\r\n");
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }
        }

        string? Header(string name) => headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        var length = Header("Content-Length") is { } text ? long.Parse(text, CultureInfo.InvariantCulture) : 0;
        if (length > MaxMessageBytes)
        {
            throw new InvalidDataException("Message body too large for the proxy.");
        }

        if (!isRequest && Header("Content-Length") is null && Header("Transfer-Encoding") is not null)
        {
            throw new InvalidDataException("The proxy needs Content-Length answers.");
        }

        var total = headEnd + 4 + length;
        while (buffer.Length < total)
        {
            var read = await socket.ReceiveAsync(chunk, SocketFlags.None, timeout.Token);
            if (read == 0)
            {
                throw new InvalidDataException("The peer closed inside a message body.");
            }

            buffer.Write(chunk, 0, read);
        }

        var raw = buffer.ToArray().AsSpan(0, (int)total).ToArray();
        var body = raw.AsSpan(headEnd + 4).ToArray();
        var close = string.Equals(Header("Connection"), "close", StringComparison.OrdinalIgnoreCase);
        return new HttpMessage(lines[0], headers, body, raw, close);
    }

    private static int IndexOfHeadEnd(byte[] data, int length)
    {
        for (var i = 0; i + 3 < length; i++)
        {
            if (data[i] == '\r' && data[i + 1] == '\n' && data[i + 2] == '\r' && data[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
