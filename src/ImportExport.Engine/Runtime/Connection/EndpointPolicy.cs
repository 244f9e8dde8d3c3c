using System;
using System.Net;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Decides whether an explicit endpoint URL may be used. Plain http would send signed requests
    /// (and, for Import/Export, manifests naming the access key) in clear text, so it is only allowed
    /// to loopback addresses, where the local emulator runs.
    /// </summary>
    public static class EndpointPolicy
    {
        /// <summary>Returns null when <paramref name="endpointUrl"/> is acceptable, otherwise why not.</summary>
        public static string? Check(string endpointUrl)
        {
            if (!Uri.TryCreate(endpointUrl, UriKind.Absolute, out var uri))
            {
                return $"'{endpointUrl}' is not an absolute URL.";
            }

            if (uri.Scheme == Uri.UriSchemeHttps)
            {
                return null;
            }

            if (uri.Scheme != Uri.UriSchemeHttp)
            {
                return $"The endpoint scheme '{uri.Scheme}' is not supported; use https.";
            }

            return IsLoopback(uri)
                ? null
                : $"Plain http is only allowed to a loopback address (127.0.0.1, ::1, localhost); use https for '{uri.Host}'.";
        }

        private static bool IsLoopback(Uri uri)
        {
            if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var host = uri.Host.Trim('[', ']');
            return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
        }
    }
}
