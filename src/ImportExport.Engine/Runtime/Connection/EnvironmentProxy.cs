using System;
using System.Net;
using System.Runtime.InteropServices;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The proxy named by HTTPS_PROXY / HTTP_PROXY (ALL_PROXY as a fallback, lower-case names too), unless NO_PROXY
    /// or loopback exempts the endpoint, decided by the module on every runtime and handed to AWSSDK.Core
    /// (ClientConfig.SetWebProxy). .NET Framework's HttpClient ignores the variables; .NET (PowerShell 7) reads them
    /// once, for the process, when the first request is sent (HttpClient.DefaultProxy), does not exempt loopback, and
    /// so would send a signed request for the local emulator to a proxy, in cleartext, and never see a variable set later
    /// in the session. An explicit choice per client avoids both. With no variable set: .NET Framework, and .NET on
    /// Windows and macOS, keep the system proxy (Internet Options, System Settings); .NET on Linux has no system proxy
    /// but the variables, so the module goes direct.
    /// </summary>
    internal static class EnvironmentProxy
    {
        /// <summary>The variables that decide the proxy (they are part of the client cache key).</summary>
        public static readonly string[] Variables =
        {
            "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy",
        };

        /// <summary>True on Linux, where .NET has no system proxy but the variables.</summary>
        public static bool OnLinux { get; } = RuntimeInformation.IsOSPlatform(OSPlatform.Linux);

        /// <summary>The proxy a variable names for requests to <paramref name="endpoint"/>, or null when none applies.</summary>
        public static WebProxy? Resolve(Uri endpoint, Func<string, string?> environment) =>
            Choose(endpoint, desktop: true, linux: false, environment).Proxy is WebProxy { Address: not null } proxy ? proxy : null;

        /// <summary>
        /// The proxy for requests to <paramref name="endpoint"/>: loopback goes direct; a variable for the endpoint's
        /// scheme names the proxy unless NO_PROXY exempts the host (then direct); without one, the runtime's default
        /// (<paramref name="desktop"/>, <paramref name="linux"/>: see the class remarks).
        /// </summary>
        public static ProxyChoice Choose(Uri endpoint, bool desktop, bool linux, Func<string, string?> environment)
        {
            if (endpoint is null || !endpoint.IsAbsoluteUri)
            {
                return ProxyChoice.SystemDefault();
            }

            if (IsLoopback(endpoint))
            {
                return ProxyChoice.Direct("loopback endpoint");
            }

            var https = string.Equals(endpoint.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase);
            var variable = https
                ? First(environment, "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy")
                : First(environment, "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy");
            var address = variable is null ? null : AddressOf(variable.Value.Value);
            if (variable is null || address is null)
            {
                return desktop || !linux ? ProxyChoice.SystemDefault() : ProxyChoice.Direct("none is set");
            }

            if (First(environment, "NO_PROXY", "no_proxy") is { } noProxy && IsExempt(endpoint, noProxy.Value))
            {
                return ProxyChoice.Direct(noProxy.Name + " exempts " + endpoint.Host);
            }

            var proxy = new WebProxy(new Uri(address.Scheme + "://" + address.Authority), false);
            if (!string.IsNullOrEmpty(address.UserInfo))
            {
                var parts = address.UserInfo.Split(new[] { ':' }, 2);
                proxy.Credentials = new NetworkCredential(Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty);
            }

            // Uri.Authority never holds the user information, so the description carries no password.
            return ProxyChoice.Through(proxy, "proxy " + address.Scheme + "://" + address.Authority + " (" + variable.Value.Name + ")");
        }

        private static Uri? AddressOf(string value)
        {
            var text = value.Contains("://") ? value : "http://" + value;
            return Uri.TryCreate(text, UriKind.Absolute, out var address) && !string.IsNullOrEmpty(address.Host) ? address : null;
        }

        private static bool IsLoopback(Uri endpoint) =>
            endpoint.IsLoopback || string.Equals(endpoint.Host.Trim('[', ']'), "localhost", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// True when the endpoint goes direct: loopback (the emulator), "*", or a NO_PROXY entry that is the host or
        /// a domain it is in (".example.com" and "example.com" both cover "a.example.com"), with an optional port.
        /// </summary>
        public static bool IsExempt(Uri endpoint, string? noProxy)
        {
            var host = endpoint.Host.Trim('[', ']');
            if (IsLoopback(endpoint))
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

        /// <summary>Gives <paramref name="config"/> the proxy <see cref="Choose"/> decides; returns it, for -Verbose.</summary>
        public static ProxyChoice Apply(Amazon.Runtime.ClientConfig config, Uri endpoint, bool desktop, Func<string, string?> environment)
        {
            var choice = Choose(endpoint, desktop, OnLinux, environment);
            if (choice.Proxy is not null)
            {
                config.SetWebProxy(choice.Proxy);
            }

            return choice;
        }

        private static (string Name, string Value)? First(Func<string, string?> environment, params string[] names)
        {
            foreach (var name in names)
            {
                var value = environment(name);
                if (!string.IsNullOrWhiteSpace(value))
                {
                    return (name, value!.Trim());
                }
            }

            return null;
        }
    }
}
