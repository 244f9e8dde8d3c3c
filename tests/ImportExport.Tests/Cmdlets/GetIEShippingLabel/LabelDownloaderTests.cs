using System.Management.Automation;
using ImportExport.IE;
using ImportExport.Runtime;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.GetIEShippingLabel;

/// <summary>The download itself (LabelDownloader), against servers that misbehave in the ways the emulator does not.</summary>
public sealed class LabelDownloaderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ie-label-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly LabelDownloader _downloader = new(new HttpClientHandler { AllowAutoRedirect = false }, TimeSpan.FromSeconds(20));

    public LabelDownloaderTests() => Directory.CreateDirectory(_dir);

    private string Target => Path.Combine(_dir, "label.pdf");

    [Fact]
    public void A_large_label_arrives_whole_with_progress_reported_as_it_comes()
    {
        var body = RawHttpServer.Pdf(3 * 1024 * 1024 + 17);
        using var server = new RawHttpServer(_ => RawHttpServer.Response(200, "application/pdf", body));
        var reports = new List<(long Received, long? Total)>();

        var written = _downloader.Download(server.BaseUri + "label.pdf", Target, (received, total) => reports.Add((received, total)), CancellationToken.None);

        Assert.Equal(body.Length, written);
        Assert.Equal(body, File.ReadAllBytes(Target));
        Assert.True(reports.Count > 10, $"{reports.Count} progress reports");
        Assert.All(reports, r => Assert.Equal(body.Length, r.Total));
        Assert.Equal(reports.Select(r => r.Received).OrderBy(r => r), reports.Select(r => r.Received));
        Assert.Equal(body.Length, reports[^1].Received);
    }

    [Fact]
    public void Content_that_is_not_a_pdf_is_refused_and_the_old_file_stays()
    {
        File.WriteAllText(Target, "previous label");
        using var server = new RawHttpServer(_ => RawHttpServer.Response(200, "text/html", "<html>AccessDenied</html>"u8.ToArray()));

        var error = Assert.Throws<LabelDownloadException>(() => _downloader.Download(server.BaseUri + "label.pdf", Target, null, CancellationToken.None));

        Assert.Equal(LabelDownloadFailure.NotPdf, error.Failure);
        Assert.Contains("text/html", error.Message);
        Assert.Equal("previous label", File.ReadAllText(Target));
        Assert.Equal([Target], Directory.GetFiles(_dir));
    }

    [Fact]
    public void An_http_error_names_the_status_and_says_labels_expire()
    {
        using var server = new RawHttpServer(_ => RawHttpServer.Response(403, "application/xml", "<Error><Code>AccessDenied</Code></Error>"u8.ToArray()));

        var error = Assert.Throws<LabelDownloadException>(() => _downloader.Download(server.BaseUri + "label.pdf", Target, null, CancellationToken.None));

        Assert.Equal(LabelDownloadFailure.HttpError, error.Failure);
        Assert.Equal(403, error.StatusCode);
        Assert.Contains("expire", error.Message);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void Plain_http_to_a_remote_host_is_refused_before_connecting()
    {
        var error = Assert.Throws<LabelDownloadException>(() => _downloader.Download("http://labels.example.com/label.pdf", Target, null, CancellationToken.None));

        Assert.Equal(LabelDownloadFailure.UrlNotAllowed, error.Failure);
        Assert.Contains("loopback", error.Message);
    }

    [Fact]
    public void A_redirect_to_plain_http_elsewhere_is_refused()
    {
        using var server = new RawHttpServer(_ => RawHttpServer.Response(302, null, [], "Location: http://203.0.113.7/label.pdf"));

        var error = Assert.Throws<LabelDownloadException>(() => _downloader.Download(server.BaseUri + "label.pdf", Target, null, CancellationToken.None));

        Assert.Equal(LabelDownloadFailure.UrlNotAllowed, error.Failure);
        Assert.Contains("redirect", error.Message);
        Assert.False(File.Exists(Target));
    }

    [Fact]
    public void A_redirect_that_stays_allowed_is_followed()
    {
        var body = RawHttpServer.Pdf(2000);
        using var server = new RawHttpServer(path => path == "/start"
            ? RawHttpServer.Response(307, null, [], "Location: /labels/final.pdf")
            : RawHttpServer.Response(200, "application/pdf", body));

        _downloader.Download(server.BaseUri + "start", Target, null, CancellationToken.None);

        Assert.Equal(["/start", "/labels/final.pdf"], server.Paths);
        Assert.Equal(body, File.ReadAllBytes(Target));
    }

    [Fact]
    public void An_untrusted_certificate_is_a_tls_error_never_ignored()
    {
        using var server = new RawHttpServer(_ => RawHttpServer.Response(200, "application/pdf", RawHttpServer.Pdf(100)), RawHttpServer.UntrustedCertificate());

        var error = Assert.Throws<LabelDownloadException>(() => _downloader.Download(server.BaseUri + "label.pdf", Target, null, CancellationToken.None));

        Assert.Equal(LabelDownloadFailure.TlsError, error.Failure);
        Assert.False(File.Exists(Target));
    }

    [Fact]
    public void A_download_larger_than_any_label_is_refused_from_its_length()
    {
        using var server = new RawHttpServer(_ => RawHttpServer.Response(200, "application/pdf", "%PDF-"u8.ToArray(), $"Content-Length: {LabelDownloader.MaxLabelBytes + 1}"));

        var error = Assert.Throws<LabelDownloadException>(() => _downloader.Download(server.BaseUri + "label.pdf", Target, null, CancellationToken.None));

        Assert.Equal(LabelDownloadFailure.TooLarge, error.Failure);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
