using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ImportExport.Tests.Infrastructure;

/// <summary>
/// The one TCP server of the tests: it listens on a free port of 127.0.0.1, accepts until it is stopped and hands each
/// connection to a handler, which decides what the client sees (an HTTP answer, a TLS handshake, a proxy's 502,
/// silence, a reset). The test servers (<see cref="RawHttpServer"/>, <see cref="LoopbackTlsServer"/>,
/// <see cref="FaultProxy"/>, <see cref="RecordingProxy"/>, <see cref="BlackHoleServer"/>) are handlers on it.
/// </summary>
/// <remarks>
/// A free port, never a fixed one: other test runs on the same machine run at the same time. Bounded and self-stopping:
/// an optional lifetime stops it on its own (a forgotten server cannot outlive a test run), and Dispose stops
/// accepting, cancels the handlers' token, closes every connection still open and waits a little for the handlers.
/// </remarks>
public sealed class LoopbackServer : IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan HandlersGrace = TimeSpan.FromSeconds(10);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<Socket, CancellationToken, Task> _handle;
    private readonly CancellationTokenSource _stop;
    private readonly ConcurrentDictionary<Socket, byte> _open = new();
    private readonly Task _acceptLoop;
    private int _connections;

    /// <param name="handle">
    /// Serves one connection; the server closes the socket when it returns (or throws: a client that gives up is
    /// part of what tests provoke). The token is cancelled when the server stops.
    /// </param>
    /// <param name="lifetime">Stops the server on its own after this long; null runs it until Dispose.</param>
    public LoopbackServer(Func<Socket, CancellationToken, Task> handle, TimeSpan? lifetime = null)
    {
        _handle = handle;
        _stop = lifetime is { } limit ? new CancellationTokenSource(limit) : new CancellationTokenSource();
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    /// <summary>TCP connections accepted (one per attempt of a client).</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Cancelled when the server stops (Dispose or the end of its lifetime).</summary>
    public CancellationToken Stopping => _stop.Token;

    /// <summary><c>scheme://127.0.0.1:PORT/</c>.</summary>
    public Uri Url(string scheme = "http") => new($"{scheme}://127.0.0.1:{Port}/");

    /// <summary>
    /// <c>http://127.0.0.1:PORT</c> (no trailing slash) of a loopback port nothing listens on, free a moment ago: every
    /// connection to it is refused, as when the emulator has been stopped. (Were another process to take the port in
    /// between, the test would see some other failure, never a false pass.)
    /// </summary>
    public static string RefusingEndpoint()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
        }

        _listener.Stop();
        foreach (var socket in _open.Keys)
        {
            socket.Dispose();
        }

        try
        {
            await _acceptLoop.WaitAsync(HandlersGrace * 2);
        }
        catch (Exception)
        {
            // Stopping: nothing left to report.
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        // The end of the lifetime stops accepting, as Dispose does.
        using var registration = _stop.Token.Register(_listener.Stop);
        var serving = new List<Task>();
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException or InvalidOperationException)
            {
                break;
            }

            Interlocked.Increment(ref _connections);
            _open.TryAdd(client, 0);
            serving.RemoveAll(t => t.IsCompleted);
            serving.Add(Task.Run(() => ServeAsync(client)));
        }

        await Task.WhenAll(serving).WaitAsync(HandlersGrace).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task ServeAsync(Socket client)
    {
        try
        {
            await _handle(client, _stop.Token);
        }
        catch (Exception)
        {
            // A broken, refused or abandoned connection ends here; the client sees it as such.
        }
        finally
        {
            _open.TryRemove(client, out _);
            client.Dispose();
        }
    }
}
