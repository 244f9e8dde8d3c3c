using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace ImportExport.Tests.Infrastructure;

/// <summary>
/// A tiny HTTP/1.1 server on a free loopback port that answers every request with bytes the test chooses (status,
/// headers, body) — what the emulator cannot do: a broken label, a redirect, a huge file, an untrusted certificate.
/// </summary>
internal sealed class RawHttpServer : IDisposable
{
    private readonly Func<string, byte[]> _respond;
    private readonly X509Certificate2? _certificate;
    private readonly LoopbackServer _server;

    /// <param name="respond">Request path → the complete response (see <see cref="Response"/>).</param>
    /// <param name="certificate">Serve https with this certificate.</param>
    public RawHttpServer(Func<string, byte[]> respond, X509Certificate2? certificate = null)
    {
        _respond = respond;
        _certificate = certificate;
        _server = new LoopbackServer(ServeAsync);
    }

    public Uri BaseUri => _server.Url(_certificate is null ? "http" : "https");

    public List<string> Paths { get; } = [];

    public static byte[] Response(int status, string? contentType, byte[] body, params string[] headers)
    {
        var head = new StringBuilder($"HTTP/1.1 {status} {(status < 300 ? "OK" : status < 400 ? "Found" : "Error")}\r\n");
        if (contentType is not null)
        {
            head.Append("Content-Type: ").Append(contentType).Append("\r\n");
        }

        if (!headers.Any(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)))
        {
            head.Append("Content-Length: ").Append(body.Length).Append("\r\n");
        }

        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        head.Append("Connection: close\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
    }

    /// <summary>A PDF-looking body of <paramref name="size"/> bytes.</summary>
    public static byte[] Pdf(int size)
    {
        var body = new byte[size];
        Encoding.ASCII.GetBytes("%PDF-1.4\n").CopyTo(body, 0);
        for (var i = 9; i < size; i++)
        {
            body[i] = (byte)('a' + (i % 26));
        }

        return body;
    }

    /// <summary>A self-signed certificate for 127.0.0.1 that no machine trusts.</summary>
    public static X509Certificate2 UntrustedCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    /// <remarks>A client that gives up (TLS refused, size refused) is part of what the tests provoke: it is dropped.</remarks>
    private async Task ServeAsync(Socket client, CancellationToken stopping)
    {
        await using var network = new NetworkStream(client);
        await using var tls = _certificate is null ? null : new SslStream(network);
        Stream stream = network;
        if (tls is not null)
        {
            await tls.AuthenticateAsServerAsync(_certificate!);
            stream = tls;
        }

        var request = new StringBuilder();
        var buffer = new byte[4096];
        while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, stopping);
            if (read == 0)
            {
                return;
            }

            request.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        var path = request.ToString().Split(' ')[1];
        lock (Paths)
        {
            Paths.Add(path);
        }

        await stream.WriteAsync(_respond(path), stopping);
        await stream.FlushAsync(stopping);
    }

    public void Dispose()
    {
        _server.Dispose();
        _certificate?.Dispose();
    }
}
