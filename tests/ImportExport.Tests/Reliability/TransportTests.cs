using System.Management.Automation;
using System.Net.Http;
using Amazon.Runtime;
using ImportExport.Runtime;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Reliability;

/// <summary>
/// Transport rules: plain http only to loopback, TLS certificate errors never ignored (and not retried), redirects
/// never followed. The refusals are tested without any connection being possible.
/// </summary>
public sealed class TransportTests(ReliabilityEmulator emulator) : ReliabilityTestBase(emulator), IClassFixture<ReliabilityEmulator>
{
    [Theory]
    [InlineData("https://importexport.amazonaws.com")]
    [InlineData("https://mgn.eu-west-1.amazonaws.com/")]
    [InlineData("https://example.com:8443/base/path")]
    [InlineData("HTTPS://EXAMPLE.COM")]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://127.1.2.3/")]
    [InlineData("http://localhost:1")]
    [InlineData("HTTP://LOCALHOST")]
    [InlineData("http://[::1]:8080/")]
    public void EndpointPolicy_accepts_https_anywhere_and_http_to_loopback(string url) =>
        Assert.Null(EndpointPolicy.Check(url));

    [Theory]
    [InlineData("http://importexport.amazonaws.com", "Plain http")]
    [InlineData("http://example.com:80/", "Plain http")]
    [InlineData("http://10.0.0.1:5080", "Plain http")]
    [InlineData("http://192.168.1.10", "Plain http")]
    [InlineData("http://169.254.169.254/latest/meta-data", "Plain http")]
    [InlineData("http://0.0.0.0:5080", "Plain http")]
    [InlineData("http://[::]:5080", "Plain http")]
    [InlineData("http://[fe80::1]:5080", "Plain http")]
    [InlineData("http://localhost.example.com", "Plain http")]
    [InlineData("http://127.0.0.1.nip.io", "Plain http")]
    [InlineData("http://localhost@example.com/", "Plain http")]
    [InlineData("ftp://127.0.0.1/", "scheme 'ftp'")]
    [InlineData("file:///etc/passwd", "scheme 'file'")]
    [InlineData("ws://127.0.0.1/", "scheme 'ws'")]
    [InlineData("not a url", "not an absolute URL")]
    [InlineData("//example.com/", null)]
    [InlineData("/relative/path", null)]
    public void EndpointPolicy_refuses_plain_http_off_loopback_and_other_schemes(string url, string? reason)
    {
        // (A path is a file: URL on Unix and no URL on Windows; refused either way.)
        var problem = EndpointPolicy.Check(url);
        Assert.NotNull(problem);
        if (reason is not null)
        {
            Assert.Contains(reason, problem);
        }
    }

    [Theory]
    [InlineData("Get-IEJobStatus -JobId ABCDE")]
    [InlineData("Get-IEJob")]
    [InlineData("New-IEJob -JobType Import -Manifest $manifest -Confirm:$false")]
    [InlineData("Update-IEJob -JobId ABCDE -JobType Import -Manifest $manifest -Confirm:$false")]
    [InlineData("Stop-IEJob -JobId ABCDE -Force")]
    [InlineData("Get-IEShippingLabel -JobId ABCDE")]
    [InlineData("Start-MGNImport -S3Bucket my-import-bucket -S3Key a.csv -Confirm:$false")]
    public void Every_cmdlet_refuses_plain_http_off_loopback_before_any_HTTP_client_is_used(string command)
    {
        // Any client that is not for loopback gets the trap (no test talks to anything else).
        using var trap = new RequestTrap(config => config.ServiceURL is null || !new Uri(config.ServiceURL).IsLoopback);
        PS.SetVariable("remote", "http://importexport.example.invalid:8080/");

        var result = PS.Run(command + " -EndpointUrl $remote -AccessKey $accessKey -SecretKey $secretKey -Region eu-west-1");

        var error = Assert.Single(result.AllErrors);
        Assert.StartsWith("InvalidEndpoint,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("Plain http is only allowed to a loopback address", error.Exception.Message);
        Assert.Equal(0, trap.Calls);
    }

    [Fact]
    public void The_trap_would_see_a_request_that_got_through()
    {
        // The control for the test above: an https endpoint is allowed, so the client is built, our handler is
        // injected, and the request reaches it (and goes no further: the trap answers without any connection).
        using var trap = new RequestTrap(config => config.ServiceURL?.Contains("allowed.example.invalid", StringComparison.Ordinal) == true);
        PS.SetVariable("remote", "https://allowed.example.invalid/");

        var result = PS.Run("Get-IEJobStatus -JobId ABCDE -EndpointUrl $remote -AccessKey $accessKey -SecretKey $secretKey -MaxRetry 0");

        Assert.True(trap.Calls >= 1, result.Describe());
        Assert.StartsWith("ServiceUnreachable,", Assert.Single(result.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void An_untrusted_certificate_is_refused_and_not_retried()
    {
        using var server = new LoopbackTlsServer();
        PS.SetVariable("tls", server.Endpoint.ToString());

        var result = PS.Run("Get-IEJobStatus -JobId ABCDE -EndpointUrl $tls -AccessKey $accessKey -SecretKey $secretKey -Verbose");

        var error = Assert.Single(result.Errors);
        Assert.Equal("SecureConnectionFailed,ImportExport.Cmdlets.GetIEJobStatusCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.SecurityError, error.CategoryInfo.Category);
        Assert.Contains("does not ignore certificate errors", error.Exception.Message);
        Assert.Equal(1, server.Connections);
        Assert.Equal(0, server.Requests);
        Assert.DoesNotContain(result.Verbose, v => v.Message.StartsWith("GetStatus: attempt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("importexport.amazonaws.com", false)]
    public void An_expired_or_mismatched_certificate_is_refused(string subject, bool expired)
    {
        using var server = new LoopbackTlsServer(subject, expired);
        PS.SetVariable("tls", server.Endpoint.ToString());

        var result = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key a.csv -EndpointUrl $tls -AccessKey $accessKey -SecretKey $secretKey -Region eu-west-1 -Confirm:$false");

        Assert.Equal("SecureConnectionFailed,ImportExport.Cmdlets.StartMGNImportCommand", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Equal(0, server.Requests);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(307)]
    [InlineData(308)]
    public void A_redirect_is_reported_and_not_followed(int status)
    {
        // The redirect points at a second loopback server: if it were followed, that server would see the request.
        using var target = FaultProxy.Start(upstream: null);
        using var redirector = FaultProxy.Start(upstream: null);
        redirector.Rule = _ => ProxyAction.Status(status, "Moved", "text/html", "<a href=\"elsewhere\">moved</a>", [new("Location", target.Endpoint.ToString())]);
        UseEndpoint(redirector.Endpoint);

        var result = PS.Run("Get-IEJobStatus -JobId ABCDE @aws");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("InvalidServiceResponse,", error.FullyQualifiedErrorId);
        Assert.Contains("Redirects are not followed", error.Exception.Message);
        Assert.Equal(1, redirector.Requests);
        Assert.Equal(0, target.Requests);
    }
}
