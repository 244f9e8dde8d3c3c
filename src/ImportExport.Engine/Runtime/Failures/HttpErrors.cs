using System.Globalization;
using System.Text.RegularExpressions;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Names for error answers that carry no service error code: a load balancer's 503 page, a proxy's 502, an
    /// HTML 404. The code is what a user filters on (it becomes the error id), so it should say what happened.
    /// </summary>
    internal static class HttpErrors
    {
        /// <summary>The error code for an answer of <paramref name="status"/> without one of its own.</summary>
        public static string DefaultCode(int status, string throttlingCode)
        {
            switch (status)
            {
                case 400: return "BadRequest";
                case 401: return "Unauthorized";
                case 403: return "AccessDenied";
                case 404: return "NotFound";
                case 405: return "MethodNotAllowed";
                case 408: return "RequestTimeout";
                case 413: return "RequestEntityTooLarge";
                case 429: return throttlingCode;
                case 500: return "InternalFailure";
                case 502: return "BadGateway";
                case 503: return "ServiceUnavailable";
                case 504: return "GatewayTimeout";
                default: return "HttpStatus" + status.ToString(CultureInfo.InvariantCulture);
            }
        }

        /// <summary>A message for an error answer that is not the service's: the status, the content type and the start of the body as plain text.</summary>
        public static string Describe(int status, string? contentType, string? body, string service)
        {
            // Redact before cutting: a cut could leave half a token that no longer matches.
            var text = Secrets.RedactShapes(Regex.Replace(Regex.Replace(body ?? string.Empty, "<[^>]*>", " "), @"\s+", " ").Trim());
            if (text.Length > 200)
            {
                text = text.Substring(0, 197) + "...";
            }

            return string.Format(
                CultureInfo.InvariantCulture,
                "The endpoint answered HTTP {0} with {1}, not an error of {2}{3}",
                status,
                string.IsNullOrEmpty(contentType) ? "no content type" : "a " + contentType + " body",
                service,
                text.Length == 0 ? "." : ": " + text);
        }
    }
}
