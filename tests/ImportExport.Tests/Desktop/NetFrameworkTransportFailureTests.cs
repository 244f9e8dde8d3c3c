using System.Management.Automation;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Amazon.Runtime;
using ImportExport.Runtime;
using ImportExport.Tests.Reliability;

namespace ImportExport.Tests.Desktop;

/// <summary>
/// Failures as .NET Framework's HttpClient reports them (Windows PowerShell 5.1): an HttpRequestException around a
/// WebException whose Status says what happened, with no SocketException or AuthenticationException inside; and a
/// timeout as a TaskCanceledException with no inner exception. An injected handler throws exactly those, so the
/// module's classification is exercised end to end without .NET Framework.
/// </summary>
public sealed class NetFrameworkTransportFailureTests(ReliabilityEmulator emulator) : ReliabilityTestBase(emulator), IClassFixture<ReliabilityEmulator>
{
    private static int _hosts;

    /// <summary>What .NET Framework 4.x throws from HttpClient.SendAsync for a WebException status.</summary>
    internal static HttpRequestException AsNetFramework(WebExceptionStatus status) =>
        new("An error occurred while sending the request.", new WebException($"The request failed: {status}.", status));

    [Theory]
    [InlineData(WebExceptionStatus.NameResolutionFailure)]
    [InlineData(WebExceptionStatus.ConnectFailure)]
    [InlineData(WebExceptionStatus.ProxyNameResolutionFailure)]
    [InlineData(WebExceptionStatus.RequestProhibitedByProxy)]
    public void Not_sent_statuses_are_not_an_unknown_outcome(WebExceptionStatus status)
    {
        Assert.Equal(WebFailureKind.NotSent, WebExceptionClassifier.Classify(status));
        Assert.False(AttemptHandler.OutcomeIsUnknown(AsNetFramework(status), out _));
    }

    [Theory]
    [InlineData(WebExceptionStatus.SendFailure)]
    [InlineData(WebExceptionStatus.ReceiveFailure)]
    [InlineData(WebExceptionStatus.ConnectionClosed)]
    [InlineData(WebExceptionStatus.KeepAliveFailure)]
    [InlineData(WebExceptionStatus.PipelineFailure)]
    [InlineData(WebExceptionStatus.UnknownError)]
    public void Statuses_after_the_request_may_have_been_sent_are_an_unknown_outcome(WebExceptionStatus status)
    {
        Assert.Equal(WebFailureKind.MaybeSent, WebExceptionClassifier.Classify(status));
        Assert.True(AttemptHandler.OutcomeIsUnknown(AsNetFramework(status), out var reason));
        Assert.Equal("the connection broke before an answer came", reason);
    }

    [Theory]
    [InlineData(WebExceptionStatus.Timeout)]
    [InlineData(WebExceptionStatus.RequestCanceled)]
    public void Timeout_statuses_are_an_unknown_outcome_because_of_the_timeout(WebExceptionStatus status)
    {
        Assert.Equal(WebFailureKind.Timeout, WebExceptionClassifier.Classify(status));
        Assert.True(AttemptHandler.OutcomeIsUnknown(AsNetFramework(status), out var reason));
        Assert.Equal("no answer came before the timeout", reason);
    }

    [Theory]
    [InlineData(WebExceptionStatus.SecureChannelFailure)]
    [InlineData(WebExceptionStatus.TrustFailure)]
    public void Tls_statuses_are_secure_channel_failures(WebExceptionStatus status) =>
        Assert.Equal(WebFailureKind.SecureChannel, WebExceptionClassifier.Classify(status));

    [Fact]
    public void A_bare_TaskCanceledException_is_a_timeout_unless_the_caller_cancelled()
    {
        Assert.True(TimeoutClassifier.IsHttpTimeout(new TaskCanceledException("A task was canceled."), callerCancelled: false));
        Assert.True(TimeoutClassifier.IsHttpTimeout(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout", new TimeoutException()), callerCancelled: false));
        Assert.False(TimeoutClassifier.IsHttpTimeout(new TaskCanceledException("A task was canceled."), callerCancelled: true));
        Assert.False(TimeoutClassifier.IsHttpTimeout(new HttpRequestException("x"), callerCancelled: false));
    }

    [Theory]
    [InlineData(WebExceptionStatus.NameResolutionFailure)]
    [InlineData(WebExceptionStatus.ConnectFailure)]
    public void New_IEJob_retries_a_request_that_was_never_sent_and_does_not_report_an_unknown_outcome(WebExceptionStatus status)
    {
        using var trap = new FailureTrap(() => AsNetFramework(status));

        var result = PS.Run($"New-IEJob -JobType Import -Manifest $manifest -EndpointUrl {trap.Endpoint} -AccessKey $accessKey -SecretKey $secretKey -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("ServiceUnreachable,", error.FullyQualifiedErrorId);
        Assert.DoesNotContain("CreateJobOutcomeUnknown", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
        Assert.Equal(3, trap.Calls);
    }

    [Theory]
    [InlineData(WebExceptionStatus.NameResolutionFailure, SocketError.HostNotFound)]
    [InlineData(WebExceptionStatus.ProxyNameResolutionFailure, SocketError.HostNotFound)]
    [InlineData(WebExceptionStatus.ConnectFailure, SocketError.ConnectionRefused)]
    public void A_failure_to_connect_gets_the_shape_NET_gives_it(WebExceptionStatus status, SocketError expected)
    {
        var shaped = Assert.IsType<HttpRequestException>(WebExceptionClassifier.ToDotNetShape(AsNetFramework(status)));

        Assert.Equal(expected, Assert.IsType<SocketException>(shaped.InnerException).SocketErrorCode);
        Assert.Contains(status.ToString(), shaped.Message);
        Assert.Null(WebExceptionClassifier.ToDotNetShape(AsNetFramework(WebExceptionStatus.ReceiveFailure)));
    }

    [Fact]
    public void New_IEJob_still_stops_when_the_connection_broke_after_sending()
    {
        using var trap = new FailureTrap(() => AsNetFramework(WebExceptionStatus.ReceiveFailure));

        var result = PS.Run($"New-IEJob -JobType Import -Manifest $manifest -EndpointUrl {trap.Endpoint} -AccessKey $accessKey -SecretKey $secretKey -Confirm:$false");

        Assert.StartsWith("CreateJobOutcomeUnknown,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Equal(1, trap.Calls);
    }

    [Theory]
    [InlineData(WebExceptionStatus.SecureChannelFailure)]
    [InlineData(WebExceptionStatus.TrustFailure)]
    public void A_tls_status_is_SecureConnectionFailed_with_the_TLS_1_2_hint_and_not_retried(WebExceptionStatus status)
    {
        using var trap = new FailureTrap(() => AsNetFramework(status));

        var result = PS.Run($"Get-IEJobStatus -JobId ABCDE -EndpointUrl {trap.Endpoint} -AccessKey $accessKey -SecretKey $secretKey");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("SecureConnectionFailed,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.SecurityError, error.CategoryInfo.Category);
        Assert.Contains("TLS 1.2", error.Exception.Message);
        Assert.Contains(status.ToString(), error.Exception.Message);
        Assert.Equal(1, trap.Calls);
    }

    [Fact]
    public void A_bare_TaskCanceledException_is_retried_and_reported_as_a_timeout()
    {
        using var trap = new FailureTrap(() => new TaskCanceledException("A task was canceled."));

        var result = PS.Run($"Get-IEJobStatus -JobId ABCDE -EndpointUrl {trap.Endpoint} -AccessKey $accessKey -SecretKey $secretKey");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("ServiceTimeout,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
        Assert.Equal(3, trap.Calls);
    }

    [Fact]
    public void New_IEJob_does_not_resend_after_a_bare_TaskCanceledException()
    {
        using var trap = new FailureTrap(() => new TaskCanceledException("A task was canceled."));

        var result = PS.Run($"New-IEJob -JobType Import -Manifest $manifest -EndpointUrl {trap.Endpoint} -AccessKey $accessKey -SecretKey $secretKey -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("CreateJobOutcomeUnknown,", error.FullyQualifiedErrorId);
        Assert.Contains("timeout", error.Exception.Message + error.ErrorDetails?.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, trap.Calls);
    }

    /// <summary>Every client for its own (never resolved) https endpoint gets a handler that throws what it is given.</summary>
    private sealed class FailureTrap : IDisposable
    {
        private readonly IDisposable registration;
        private readonly Func<Exception> failure;
        private int calls;

        public FailureTrap(Func<Exception> failure)
        {
            this.failure = failure;
            var host = $"netfx{Interlocked.Increment(ref _hosts)}-{Guid.NewGuid():N}.example.invalid";
            Endpoint = $"https://{host}/";
            registration = ServiceClients.AddConfigurator(config =>
            {
                if (config.ServiceURL?.Contains(host, StringComparison.OrdinalIgnoreCase) == true)
                {
                    config.HttpClientFactory = new Factory(this);
                    if (config is AwsServiceConfig ours)
                    {
                        ours.MaxRetryBackoff = TimeSpan.FromMilliseconds(10);
                    }
                }
            });
        }

        public string Endpoint { get; }

        public int Calls => Volatile.Read(ref calls);

        public void Dispose() => registration.Dispose();

        private sealed class Factory(FailureTrap trap) : HttpClientFactory
        {
            public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(new Handler(trap));

            public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;
        }

        private sealed class Handler(FailureTrap trap) : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                Task.FromResult(Send(request, cancellationToken));

            protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Interlocked.Increment(ref trap.calls);
                throw trap.failure();
            }
        }
    }
}
