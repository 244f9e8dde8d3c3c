using System.Net.Http;
using Amazon.Runtime;
using ImportExport.Runtime;

namespace ImportExport.Tests.Infrastructure;

/// <summary>
/// Gives every service client built while it lives, for the configurations it applies to, an HTTP handler that sends
/// nothing: each request is counted and answered by throwing the exception the test chose. Tests use it to prove what
/// the module does before any connection exists (refusals) and how it classifies a transport failure of a given shape.
/// </summary>
public sealed class RequestTrap : IDisposable
{
    private readonly IDisposable registration;
    private readonly Func<HttpRequestMessage, Exception> failure;
    private int calls;

    /// <param name="applies">Which client configurations get the trap.</param>
    /// <param name="failure">What each trapped request throws; by default an HttpRequestException that names the request.</param>
    /// <param name="configure">Anything else the test changes on a trapped configuration (for example a shorter retry back-off).</param>
    public RequestTrap(Func<ClientConfig, bool> applies, Func<HttpRequestMessage, Exception>? failure = null, Action<ClientConfig>? configure = null)
    {
        this.failure = failure ?? (request => new HttpRequestException($"The test's trap caught a request to {request.RequestUri}; nothing was sent."));
        registration = ServiceClients.AddConfigurator(config =>
        {
            if (applies(config))
            {
                config.HttpClientFactory = new Factory(this);
                configure?.Invoke(config);
            }
        });
    }

    /// <summary>
    /// A trap for one endpoint of its own, a host under .invalid that no resolver answers, so that nothing else the
    /// test process builds at the same time is caught.
    /// </summary>
    public static RequestTrap ForOwnEndpoint(Func<Exception> failure, Action<ClientConfig>? configure, out string endpoint)
    {
        var host = $"trap-{Guid.NewGuid():N}.example.invalid";
        endpoint = $"https://{host}/";
        return new RequestTrap(config => config.ServiceURL?.Contains(host, StringComparison.OrdinalIgnoreCase) == true, _ => failure(), configure);
    }

    /// <summary>How many requests reached the trap.</summary>
    public int Calls => Volatile.Read(ref calls);

    public void Dispose() => registration.Dispose();

    private sealed class Factory(RequestTrap trap) : HttpClientFactory
    {
        public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(new Handler(trap));

        public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;
    }

    private sealed class Handler(RequestTrap trap) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(Send(request, cancellationToken));

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref trap.calls);
            throw trap.failure(request);
        }
    }
}
