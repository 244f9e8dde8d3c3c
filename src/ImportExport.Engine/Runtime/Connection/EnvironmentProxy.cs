using System;
using System.Net;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The proxy named by HTTPS_PROXY / HTTP_PROXY (ALL_PROXY as a fallback, lower-case names too), unless NO_PROXY
    /// or loopback exempts the endpoint. .NET (PowerShell 7) reads these variables itself; .NET Framework's
    /// HttpClient ignores them and uses the system (WinINET/Internet Options) proxy, so on Windows PowerShell 5.1
    /// the module hands the proxy to AWSSDK.Core (ClientConfig.SetWebProxy). With no variable set nothing changes:
    /// the system proxy applies as before.
    /// </summary>
    internal static class EnvironmentProxy
    {
        /// <summary>The variables that decide the proxy (they are part of the client cache key).</summary>
        public static readonly string[] Variables =
        {
            "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy",
        };

        /// <summary>The proxy for requests to <paramref name="endpoint"/>, or null to keep the default behaviour.</summary>
        public static WebProxy? Resolve(Uri endpoint, Func<string, string?> environment)
        {
            if (endpoint is null || !endpoint.IsAbsoluteUri)
            {
                return null;
            }

            var https = string.Equals(endpoint.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase);
            var value = https
                ? First(environment, "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy")
                : First(environment, "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy");
            if (value is null || IsExempt(endpoint, First(environment, "NO_PROXY", "no_proxy")))
            {
                return null;
            }

            var text = value.Contains("://") ? value : "http://" + value;
            if (!Uri.TryCreate(text, UriKind.Absolute, out var address) || string.IsNullOrEmpty(address.Host))
            {
                return null;
            }

            var proxy = new WebProxy(new Uri(address.GetLeftPart(UriPartial.Authority)), false);
            if (!string.IsNullOrEmpty(address.UserInfo))
            {
                var parts = address.UserInfo.Split(new[] { ':' }, 2);
                proxy.Credentials = new NetworkCredential(Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty);
            }

            return proxy;
        }

        /// <summary>
        /// True when the endpoint goes direct: loopback (the emulator), "*", or a NO_PROXY entry that is the host or
        /// a domain it is in (".example.com" and "example.com" both cover "a.example.com"), with an optional port.
        /// </summary>
        public static bool IsExempt(Uri endpoint, string? noProxy)
        {
            var host = endpoint.Host.Trim('[', ']');
            if (endpoint.IsLoopback || string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (string.IsNullOrWhiteSpace(noProxy))
            {
                return false;
            }

            foreach (var raw in noProxy!.Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var entry = raw.Trim();
                if (entry == "*")
                {
                    return true;
                }

                var port = -1;
                var colon = entry.LastIndexOf(':');
                if (colon > 0 && entry.IndexOf(':') == colon && int.TryParse(entry.Substring(colon + 1), out var parsed))
                {
                    port = parsed;
                    entry = entry.Substring(0, colon);
                }

                if (port >= 0 && port != endpoint.Port)
                {
                    continue;
                }

                entry = entry.Trim('[', ']').TrimStart('*').TrimStart('.');
                if (entry.Length == 0)
                {
                    continue;
                }

                if (string.Equals(host, entry, StringComparison.OrdinalIgnoreCase)
                    || host.EndsWith("." + entry, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Sets the environment's proxy on <paramref name="config"/> on .NET Framework, unless a hook already chose one.</summary>
        public static void Apply(Amazon.Runtime.ClientConfig config, Uri endpoint, bool desktop, Func<string, string?> environment)
        {
            if (!desktop || !string.IsNullOrEmpty(config.ProxyHost))
            {
                return;
            }

            var proxy = Resolve(endpoint, environment);
            if (proxy is not null)
            {
                config.SetWebProxy(proxy);
            }
        }

        private static string? First(Func<string, string?> environment, params string[] names)
        {
            foreach (var name in names)
            {
                var value = environment(name);
                if (!string.IsNullOrWhiteSpace(value))
                {
                    return value!.Trim();
                }
            }

            return null;
        }
    }
}
