using System.Net.Sockets;

namespace ImportExport.Tests.Infrastructure;

/// <summary>
/// An endpoint on a free loopback port that accepts connections, reads whatever comes and never answers: a request to
/// it hangs until the client gives up, which it notes. What an unreachable instance-metadata service or a stalled
/// service looks like to a client.
/// </summary>
public sealed class BlackHoleServer : IDisposable
{
    private readonly LoopbackServer _server;

    public BlackHoleServer() => _server = new LoopbackServer(DrainAsync);

    /// <summary><c>http://127.0.0.1:PORT</c>, without a trailing slash.</summary>
    public string Url => _server.Url().ToString().TrimEnd('/');

    /// <summary>Set when the first bytes of a request arrive.</summary>
    public ManualResetEventSlim RequestArrived { get; } = new();

    /// <summary>Set when a client closes or resets a connection (gives up waiting), never when the server stops.</summary>
    public ManualResetEventSlim ConnectionClosed { get; } = new();

    public void Dispose()
    {
        _server.Dispose();
        RequestArrived.Dispose();
        ConnectionClosed.Dispose();
    }

    private async Task DrainAsync(Socket client, CancellationToken stopping)
    {
        var buffer = new byte[8192];
        try
        {
            while (await client.ReceiveAsync(buffer, SocketFlags.None, stopping) > 0)
            {
                RequestArrived.Set();
            }
        }
        catch (Exception) when (!stopping.IsCancellationRequested)
        {
            // A reset is the client giving up as much as a close is.
        }

        ConnectionClosed.Set();
    }
}
