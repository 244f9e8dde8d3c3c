using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ImportExport.Tests.Infrastructure;

/// <summary>
/// A TLS endpoint on 127.0.0.1 with a certificate no machine trusts (self-signed, for a name of the test's choice,
/// optionally expired). It completes the handshake if the client accepts the certificate and then closes; it counts
/// the connections it accepted, which is how a test sees whether a client retried. Stops on Dispose or after a
/// minute on its own.
/// </summary>
public sealed class LoopbackTlsServer : IDisposable
{
    private readonly X509Certificate2 _certificate;
    private readonly LoopbackServer _server;
    private int _requests;

    public LoopbackTlsServer(string subjectName = "127.0.0.1", bool expired = false)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={subjectName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        if (IPAddress.TryParse(subjectName, out var ip))
        {
            names.AddIpAddress(ip);
        }
        else
        {
            names.AddDnsName(subjectName);
        }

        request.CertificateExtensions.Add(names.Build());
        var notBefore = expired ? DateTimeOffset.UtcNow.AddDays(-30) : DateTimeOffset.UtcNow.AddMinutes(-5);
        var notAfter = expired ? DateTimeOffset.UtcNow.AddDays(-1) : DateTimeOffset.UtcNow.AddDays(1);
        using var created = request.CreateSelfSigned(notBefore, notAfter);
        _certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);

        _server = new LoopbackServer(HandshakeAsync, lifetime: TimeSpan.FromMinutes(1));
        Endpoint = _server.Url("https");
    }

    public Uri Endpoint { get; }

    /// <summary>TCP connections accepted (one per attempt of a client).</summary>
    public int Connections => _server.Connections;

    /// <summary>
    /// Connections on which the client sent a request, that is, accepted the certificate. (A completed handshake
    /// alone proves nothing: a client validates the certificate after the TLS handshake and then hangs up.)
    /// </summary>
    public int Requests => Volatile.Read(ref _requests);

    public void Dispose()
    {
        _server.Dispose();
        _certificate.Dispose();
    }

    /// <remarks>A client that refuses the certificate ends the handshake: that is what the tests want to see.</remarks>
    private async Task HandshakeAsync(Socket client, CancellationToken stopping)
    {
        await using var ssl = new SslStream(new NetworkStream(client));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = _certificate }, timeout.Token);
        var buffer = new byte[1];
        if (await ssl.ReadAsync(buffer, timeout.Token) > 0)
        {
            Interlocked.Increment(ref _requests);
        }
    }
}
