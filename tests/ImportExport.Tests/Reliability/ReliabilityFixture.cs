using Amazon.Runtime;
using ImportExport.Emulator;
using ImportExport.Runtime;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Reliability;

/// <summary>
/// An emulator for one reliability test class, with a large request log, imports that move only on request, and the
/// module's retry backoff capped low for the clients that talk to it (and to proxies registered with
/// <see cref="Track"/>): Core still picks every wait with jitter, the cap only keeps the tests quick.
/// </summary>
public class ReliabilityEmulator : IAsyncLifetime, IEmulatorEndpoint
{
    public const string AccessKey = EmulatorFixture.AccessKey;
    public const string SecretKey = EmulatorFixture.SecretKey;
    public const string AccountId = EmulatorFixture.AccountId;

    private readonly List<string> authorities = [];
    private EmulatorServer? server;
    private IDisposable? hook;

    public EmulatorOptions Options { get; } = new() { ImportStepInterval = TimeSpan.Zero, MaxRecordedRequests = 200_000 };

    /// <summary>The cap on waits between retries for clients of this emulator (and its tracked proxies).</summary>
    public TimeSpan MaxRetryBackoff { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>HTTP timeout for clients of this emulator and its proxies; null keeps the default (100 s).</summary>
    public TimeSpan? HttpTimeout { get; set; }

    public EmulatorServer Server => server ?? throw new InvalidOperationException("The emulator has not started yet.");

    public Uri Endpoint => Server.BaseUri;

    public EmulatorState State => Server.State;

    public virtual async Task InitializeAsync()
    {
        server = await EmulatorServer.StartAsync(Options);
        Track(Endpoint);
        hook = ServiceClients.AddConfigurator(Configure);
    }

    /// <summary>Applies this fixture's backoff cap and timeout to clients of <paramref name="endpoint"/> too (a proxy in front of the emulator).</summary>
    public void Track(Uri endpoint)
    {
        lock (authorities)
        {
            authorities.Add(endpoint.Authority);
        }
    }

    public virtual async Task DisposeAsync()
    {
        hook?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    /// <summary>Requests of <paramref name="operation"/> in the request log (each attempt counts).</summary>
    public IReadOnlyList<RecordedRequest> Requests(string operation) => State.Requests.Where(r => r.Operation == operation).ToList();

    private void Configure(ClientConfig config)
    {
        if (config is not AwsServiceConfig ours || string.IsNullOrEmpty(config.ServiceURL))
        {
            return;
        }

        var authority = new Uri(config.ServiceURL).Authority;
        lock (authorities)
        {
            if (!authorities.Contains(authority))
            {
                return;
            }
        }

        ours.MaxRetryBackoff = MaxRetryBackoff;
        if (HttpTimeout is { } timeout)
        {
            ours.Timeout = timeout;
        }
    }
}
