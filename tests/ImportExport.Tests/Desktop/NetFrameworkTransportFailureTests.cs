using System.Management.Automation;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Amazon.Runtime;
using ImportExport.Runtime;
using ImportExport.Tests.Infrastructure;
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
    /// <summary>Every client for its own (never resolved) https endpoint gets a handler that throws what it is given, with a short back-off between attempts.</summary>
    private static RequestTrap Trap(Func<Exception> failure, out string endpoint) =>
        RequestTrap.ForOwnEndpoint(failure, config =>
        {
            if (config is AwsServiceConfig ours)
            {
                ours.MaxRetryBackoff = TimeSpan.FromMilliseconds(10);
            }
        }, out endpoint);

    /// <summary>What .NET Framework 4.x throws from HttpClient.SendAsync for a WebException status.</summary>
    internal static HttpRequestException AsNetFramework(WebExceptionStatus status) =>
        new("An error occurred while sending the request.", new WebException($"The request failed: {status}.", status));

    [Theory]
    [InlineData(WebExceptionStatus.NameResolutionFailure, WebFailureKind.NotSent, FailureDelivery.NotSent, "")]
    [InlineData(WebExceptionStatus.ConnectFailure, WebFailureKind.NotSent, FailureDelivery.NotSent, "")]
    [InlineData(WebExceptionStatus.ProxyNameResolutionFailure, WebFailureKind.NotSent, FailureDelivery.NotSent, "")]
    [InlineData(WebExceptionStatus.RequestProhibitedByProxy, WebFailureKind.NotSent, FailureDelivery.NotSent, "")]
    [InlineData(WebExceptionStatus.SendFailure, WebFailureKind.MaybeSent, FailureDelivery.Unknown, "the connection broke before an answer came")]
    [InlineData(WebExceptionStatus.ReceiveFailure, WebFailureKind.MaybeSent, FailureDelivery.Unknown, "the connection broke before an answer came")]
    [InlineData(WebExceptionStatus.ConnectionClosed, WebFailureKind.MaybeSent, FailureDelivery.Unknown, "the connection broke before an answer came")]
    [InlineData(WebExceptionStatus.KeepAliveFailure, WebFailureKind.MaybeSent, FailureDelivery.Unknown, "the connection broke before an answer came")]
    [InlineData(WebExceptionStatus.PipelineFailure, WebFailureKind.MaybeSent, FailureDelivery.Unknown, "the connection broke before an answer came")]
    [InlineData(WebExceptionStatus.UnknownError, WebFailureKind.MaybeSent, FailureDelivery.Unknown, "the connection broke before an answer came")]
    [InlineData(WebExceptionStatus.Timeout, WebFailureKind.Timeout, FailureDelivery.Unknown, "no answer came before the timeout")]
    [InlineData(WebExceptionStatus.RequestCanceled, WebFailureKind.Timeout, FailureDelivery.Unknown, "no answer came before the timeout")]
    [InlineData(WebExceptionStatus.SecureChannelFailure, WebFailureKind.SecureChannel, FailureDelivery.NotSent, "")]
    [InlineData(WebExceptionStatus.TrustFailure, WebFailureKind.SecureChannel, FailureDelivery.NotSent, "")]
    public void Each_status_says_whether_the_request_may_have_been_carried_out(WebExceptionStatus status, WebFailureKind kind, FailureDelivery delivery, string reason)
    {
        Assert.Equal(kind, WebExceptionClassifier.Classify(status));
        var facts = FailureClassifier.Classify(AsNetFramework(status));
        Assert.Equal(delivery, facts.Delivery);
        Assert.Equal(reason, facts.Reason);
        Assert.Equal(kind == WebFailureKind.SecureChannel, facts.IsSecureChannel);
    }

    [Fact]
    public void A_bare_TaskCanceledException_is_a_timeout_unless_the_caller_cancelled()
    {
        Assert.True(FailureClassifier.Classify(new TaskCanceledException("A task was canceled."), callerCancelled: false).IsTimeout);
        Assert.True(FailureClassifier.Classify(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout", new TimeoutException()), callerCancelled: false).IsTimeout);
        Assert.Equal(FailureDelivery.Cancelled, FailureClassifier.Classify(new TaskCanceledException("A task was canceled."), callerCancelled: true).Delivery);
        Assert.False(FailureClassifier.Classify(new HttpRequestException("x"), callerCancelled: false).IsTimeout);
    }

    [Theory]
    [InlineData(WebExceptionStatus.NameResolutionFailure)]
    [InlineData(WebExceptionStatus.ConnectFailure)]
    public void New_IEJob_retries_a_request_that_was_never_sent_and_does_not_report_an_unknown_outcome(WebExceptionStatus status)
    {
        using var trap = Trap(() => AsNetFramework(status), out var endpoint);

        var result = PS.Run($"New-IEJob -JobType Import -Manifest $manifest -EndpointUrl {endpoint} -AccessKey $accessKey -SecretKey $secretKey -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("ServiceUnreachable,", error.FullyQualifiedErrorId);
        Assert.DoesNotContain("CreateJobOutcomeUnknown", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
        Assert.Equal(3, trap.Calls);
    }

    [Theory]
    [InlineData(WebExceptionStatus.NameResolutionFailure)]
    [InlineData(WebExceptionStatus.ProxyNameResolutionFailure)]
    [InlineData(WebExceptionStatus.ConnectFailure)]
    public void A_failure_to_connect_is_transient_and_never_sent(WebExceptionStatus status)
    {
        var facts = FailureClassifier.Classify(AsNetFramework(status));

        Assert.True(facts.IsTransient);
        Assert.Equal(FailureDelivery.NotSent, facts.Delivery);
        Assert.True(FailureClassifier.Classify(AsNetFramework(WebExceptionStatus.ReceiveFailure)).MayHaveBeenCarriedOut);
    }

    [Fact]
    public void New_IEJob_still_stops_when_the_connection_broke_after_sending()
    {
        using var trap = Trap(() => AsNetFramework(WebExceptionStatus.ReceiveFailure), out var endpoint);

        var result = PS.Run($"New-IEJob -JobType Import -Manifest $manifest -EndpointUrl {endpoint} -AccessKey $accessKey -SecretKey $secretKey -Confirm:$false");

        Assert.StartsWith("CreateJobOutcomeUnknown,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Equal(1, trap.Calls);
    }

    [Theory]
    [InlineData(WebExceptionStatus.SecureChannelFailure)]
    [InlineData(WebExceptionStatus.TrustFailure)]
    public void A_tls_status_is_SecureConnectionFailed_with_the_TLS_1_2_hint_and_not_retried(WebExceptionStatus status)
    {
        using var trap = Trap(() => AsNetFramework(status), out var endpoint);

        var result = PS.Run($"Get-IEJobStatus -JobId ABCDE -EndpointUrl {endpoint} -AccessKey $accessKey -SecretKey $secretKey");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("SecureConnectionFailed,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.SecurityError, error.CategoryInfo.Category);
        Assert.Contains("TLS 1.2", error.ToString()); // what the user reads: the engine's facts and the cmdlet layer's advice
        Assert.Contains(status.ToString(), error.Exception.Message);
        Assert.Equal(1, trap.Calls);
    }

    [Fact]
    public void A_bare_TaskCanceledException_is_retried_and_reported_as_a_timeout()
    {
        using var trap = Trap(() => new TaskCanceledException("A task was canceled."), out var endpoint);

        var result = PS.Run($"Get-IEJobStatus -JobId ABCDE -EndpointUrl {endpoint} -AccessKey $accessKey -SecretKey $secretKey");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("ServiceTimeout,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
        Assert.Equal(3, trap.Calls);
    }

    [Fact]
    public void New_IEJob_does_not_resend_after_a_bare_TaskCanceledException()
    {
        using var trap = Trap(() => new TaskCanceledException("A task was canceled."), out var endpoint);

        var result = PS.Run($"New-IEJob -JobType Import -Manifest $manifest -EndpointUrl {endpoint} -AccessKey $accessKey -SecretKey $secretKey -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("CreateJobOutcomeUnknown,", error.FullyQualifiedErrorId);
        Assert.Contains("timeout", error.Exception.Message + error.ErrorDetails?.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, trap.Calls);
    }
}
