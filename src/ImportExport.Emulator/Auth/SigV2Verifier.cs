using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ImportExport.Emulator.Auth;

/// <summary>
/// Verifies a Signature Version 2 request (parameters AWSAccessKeyId, SignatureVersion=2, SignatureMethod, Timestamp|Expires, Signature),
/// which older SDKs still send to Import/Export. Written from the published algorithm, like <see cref="SigV4Verifier"/>.
/// </summary>
internal sealed class SigV2Verifier(SigningCredentials credentials)
{
    /// <summary>True when the request carries a v2 <c>Signature</c> parameter rather than a v4 signature.</summary>
    public static bool IsSigV2(SignedRequest request) =>
        ParameterPairs.Get(request.FormParameters, "Signature") is not null || ParameterPairs.Get(request.QueryParameters, "Signature") is not null;

    /// <summary>The host in the string to sign is tried with and without the port: AWSSDK.Core and aws-sdk JS v2 disagree on it.</summary>
    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "Signature Version 2 lets the client choose HmacSHA1 or HmacSHA256 (SignatureMethod); the emulator verifies what the client chose, as the service does, and signs nothing itself.")]
    public AuthResult Verify(SignedRequest request, DateTimeOffset now)
    {
        var all = request.QueryParameters.Concat(request.FormParameters).ToList();
        var accessKeyId = ParameterPairs.Get(all, "AWSAccessKeyId");
        var signature = ParameterPairs.Get(all, "Signature");
        if (accessKeyId is null || signature is null)
        {
            return AuthResult.Fail(AuthFailure.MissingAuthentication, "Request is missing Authentication Token", "v2", accessKeyId);
        }

        if (ParameterPairs.Get(all, "SignatureVersion") != "2")
        {
            return AuthResult.Fail(AuthFailure.IncompleteSignature, "SignatureVersion must be 2.", "v2", accessKeyId);
        }

        var method = ParameterPairs.Get(all, "SignatureMethod");
        if (method is not ("HmacSHA256" or "HmacSHA1"))
        {
            return AuthResult.Fail(AuthFailure.IncompleteSignature, "SignatureMethod must be HmacSHA256 or HmacSHA1.", "v2", accessKeyId);
        }

        var credential = credentials.Find(accessKeyId);
        if (credential is null)
        {
            return AuthResult.Fail(AuthFailure.UnknownAccessKey, "The AWS Access Key Id you provided does not exist in our records.", "v2", accessKeyId);
        }

        if (CheckTime(all, now, accessKeyId) is { } late)
        {
            return late;
        }

        var path = string.IsNullOrEmpty(request.RawPath) ? "/" : request.RawPath;
        var host = request.Headers.Host.FirstOrDefault() ?? string.Empty;
        var hostWithoutPort = StripPort(host);
        var secret = Encoding.UTF8.GetBytes(credential.SecretAccessKey);

        // Query parameters belong to the signed set in V2, but clients that put ?Operation=X in the path may sign only the body: try both.
        var candidates = new List<List<KeyValuePair<string, string>>> { all };
        if (request.QueryParameters.Count > 0)
        {
            candidates.Add(request.FormParameters.ToList());
        }

        string? firstStringToSign = null;
        foreach (var parameters in candidates)
        {
            var canonical = CanonicalParameters(parameters);
            foreach (var h in host == hostWithoutPort ? [host] : new[] { host, hostWithoutPort })
            {
                var stringToSign = $"{request.Method}\n{h.ToLowerInvariant()}\n{path}\n{canonical}";
                firstStringToSign ??= stringToSign;
                var mac = method == "HmacSHA256" ? HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(stringToSign)) : HMACSHA1.HashData(secret, Encoding.UTF8.GetBytes(stringToSign));
                if (AwsEncoding.FixedTimeEquals(Convert.ToBase64String(mac), signature))
                {
                    return credentials.CheckToken(credential, ParameterPairs.Get(all, "SecurityToken"), "v2", now) ?? new AuthResult(AuthFailure.None, string.Empty, "v2", accessKeyId, credential, null);
                }
            }
        }

        return AuthResult.Fail(AuthFailure.SignatureMismatch,
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\n"
            + $"The String-to-Sign should have been\n'{firstStringToSign}'\n",
            "v2", accessKeyId);
    }

    // Expires, when given, bounds the request on its own; otherwise the Timestamp must be within the clock skew.
    private AuthResult? CheckTime(List<KeyValuePair<string, string>> all, DateTimeOffset now, string accessKeyId)
    {
        var timestamp = ParameterPairs.Get(all, "Timestamp");
        var expiresText = ParameterPairs.Get(all, "Expires");
        if (expiresText is not null)
        {
            if (!TryParseIso(expiresText, out var expiresAt))
            {
                return AuthResult.Fail(AuthFailure.IncompleteSignature, $"Invalid Expires: {expiresText}", "v2", accessKeyId);
            }

            return now > expiresAt
                ? AuthResult.Fail(AuthFailure.RequestExpired, $"Request has expired. Expires date is {expiresText}", "v2", accessKeyId)
                : null;
        }

        if (timestamp is null)
        {
            return AuthResult.Fail(AuthFailure.IncompleteSignature, "Request must contain either a valid (registered) AWS access key ID or X.509 certificate, and a Timestamp or Expires parameter.", "v2", accessKeyId);
        }

        if (!TryParseIso(timestamp, out var signedAt))
        {
            return AuthResult.Fail(AuthFailure.IncompleteSignature, $"Invalid Timestamp: {timestamp}", "v2", accessKeyId);
        }

        return (now - signedAt).Duration() > credentials.MaxSkew
            ? AuthResult.Fail(AuthFailure.RequestExpired, $"Request has expired. Timestamp date is {timestamp}", "v2", accessKeyId)
            : null;
    }

    private static string CanonicalParameters(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters
            .Where(p => p.Key != "Signature")
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => AwsEncoding.UriEncode(p.Key) + "=" + AwsEncoding.UriEncode(p.Value)));

    private static string StripPort(string host)
    {
        // [::1]:8080 keeps its brackets; 127.0.0.1:8080 loses the port.
        var colon = host.LastIndexOf(':');
        return colon > 0 && host.IndexOf(']', colon) < 0 && host[(colon + 1)..].All(char.IsAsciiDigit) ? host[..colon] : host;
    }

    private static bool TryParseIso(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
}
