using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using ImportExport.IE;
using ImportExport.Runtime;
using Xunit;

namespace ImportExport.FrameworkLane
{
    /// <summary>
    /// .NET Framework's HttpClient ignores HTTPS_PROXY; on Windows PowerShell 5.1 the module reads it and hands the
    /// proxy to AWSSDK.Core. A proxy on loopback (the .NET suite's FaultProxy, with no upstream) counts what reaches it
    /// and refuses it: a CONNECT for the endpoint proves the request went through it.
    /// </summary>
    public sealed class ProxyTests
    {
        private static Uri FarEndpoint(string domain) => new Uri("https://importexport-" + Guid.NewGuid().ToString("N").Substring(0, 8) + "." + domain + "/");

        private static Dictionary<string, string?> Variables(Uri proxy, string? noProxy) => new Dictionary<string, string?>
        {
            ["HTTPS_PROXY"] = proxy.ToString(),
            ["NO_PROXY"] = noProxy,
            ["https_proxy"] = null,
            ["no_proxy"] = null,
            ["HTTP_PROXY"] = null,
            ["http_proxy"] = null,
            ["ALL_PROXY"] = null,
            ["all_proxy"] = null,
        };

        [Fact]
        public void Requests_to_an_https_endpoint_go_through_the_proxy_of_HTTPS_PROXY()
        {
            using var proxy = Lane.Proxy("server");
            var endpoint = FarEndpoint("example.test");

            Lane.WithEnvironment(Variables(proxy.Endpoint, null), () =>
                Assert.ThrowsAny<Exception>(() => ServiceClients.ImportExport(Lane.Settings(endpoint, maxRetries: 0)).Client.GetStatus(new GetStatusRequest { JobId = "ABCDE" })));

            Assert.Equal(new[] { "CONNECT " + endpoint.Host + ":443" }, proxy.Received);
        }

        [Fact]
        public void A_host_in_NO_PROXY_goes_direct()
        {
            using var proxy = Lane.Proxy("server");
            var endpoint = FarEndpoint("example.test");

            Lane.WithEnvironment(Variables(proxy.Endpoint, "localhost,.example.test"), () =>
            {
                var error = Assert.Throws<ServiceUnreachableException>(() => ServiceClients.ImportExport(Lane.Settings(endpoint, maxRetries: 0)).Client.GetStatus(new GetStatusRequest { JobId = "ABCDE" }));
                Assert.Equal(WebExceptionStatus.NameResolutionFailure, WebExceptionClassifier.Find(error)?.Status);
            });

            Assert.Equal(0, proxy.Requests);
        }

        [Fact]
        public void An_https_endpoint_on_loopback_is_never_proxied()
        {
            using var proxy = Lane.Proxy("server");
            var tls = Lane.Services.Send("tls");

            Lane.WithEnvironment(Variables(proxy.Endpoint, null), () =>
                Assert.Throws<TransportSecurityException>(() => ServiceClients.ImportExport(Lane.Settings(new Uri(tls[1]), maxRetries: 0)).Client.GetStatus(new GetStatusRequest { JobId = "ABCDE" })));

            Assert.Equal(0, proxy.Requests);
            Assert.Equal("1", Lane.Services.Send("tls-connections", tls[0])[0]);
        }
    }
}
