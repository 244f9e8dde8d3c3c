using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace ImportExport.Emulator.Auth;

/// <summary>Why a request failed authentication; each service maps these onto its own error codes and statuses.</summary>
internal enum AuthFailure
{
    None,
    MissingAuthentication,
    IncompleteSignature,
    UnknownAccessKey,
    SignatureMismatch,
    /// <summary>The signing time is further from now than the allowed skew, or a v2 <c>Expires</c> has passed.</summary>
    RequestExpired,
    InvalidToken,
    ExpiredToken,
}

internal sealed record AuthResult(AuthFailure Failure, string Message, string? Version, string? AccessKeyId, EmulatorCredential? Credential, string? Region)
{
    public bool Succeeded => Failure == AuthFailure.None;

    public static AuthResult Fail(AuthFailure failure, string message, string? version = null, string? accessKeyId = null) =>
        new(failure, message, version, accessKeyId, null, null);
}

/// <summary>What a verifier needs of an HTTP request: everything as it came off the wire.</summary>
internal sealed record SignedRequest(
    string Method,
    string RawPath,
    string RawQuery,
    IHeaderDictionary Headers,
    byte[] Body,
    IReadOnlyList<KeyValuePair<string, string>> QueryParameters,
    IReadOnlyList<KeyValuePair<string, string>> FormParameters);

/// <summary>
/// Verifies AWS Signature Version 4 (Authorization header or presigned query) and Version 2 (form/query parameters)
/// the way AWS does, written from the published algorithm rather than an SDK so that it can catch an SDK's mistakes.
/// </summary>
internal sealed class SignatureVerifier(Func<string, EmulatorCredential?> findCredential, ISet<string> expiredTokens, TimeSpan maxSkew)
{
    private const string V4Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>Verifies a SigV4-signed request. <paramref name="region"/> null accepts any well-formed region (MGN is regional; the scope names it).</summary>
    public AuthResult VerifyV4(SignedRequest request, string service, string? region, DateTimeOffset now)
    {
        string? authorization = request.Headers.Authorization;
        var presigned = Get(request.QueryParameters, "X-Amz-Algorithm") is not null;
        string? credentialText, signedHeadersText, signature, amzDate;
        TimeSpan? expires = null;

        if (presigned)
        {
            if (Get(request.QueryParameters, "X-Amz-Algorithm") != V4Algorithm)
            {
                return AuthResult.Fail(AuthFailure.IncompleteSignature, "Unsupported AWS 'algorithm': '" + Get(request.QueryParameters, "X-Amz-Algorithm") + "'.", "v4");
            }

            credentialText = Get(request.QueryParameters, "X-Amz-Credential");
            signedHeadersText = Get(request.QueryParameters, "X-Amz-SignedHeaders");
            signature = Get(request.QueryParameters, "X-Amz-Signature");
            amzDate = Get(request.QueryParameters, "X-Amz-Date");
            if (int.TryParse(Get(request.QueryParameters, "X-Amz-Expires"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                expires = TimeSpan.FromSeconds(seconds);
            }
        }
        else if (authorization is not null && authorization.StartsWith(V4Algorithm + " ", StringComparison.Ordinal))
        {
            var fields = ParseAuthorization(authorization[(V4Algorithm.Length + 1)..]);
            credentialText = fields.GetValueOrDefault("Credential");
            signedHeadersText = fields.GetValueOrDefault("SignedHeaders");
            signature = fields.GetValueOrDefault("Signature");
            amzDate = request.Headers["X-Amz-Date"].FirstOrDefault();
            if (amzDate is null && request.Headers.Date.FirstOrDefault() is { } date
                && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsedDate))
            {
                amzDate = parsedDate.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            }
        }
        else
        {
            return AuthResult.Fail(AuthFailure.MissingAuthentication, "Missing Authentication Token");
        }

        if (credentialText is null || signedHeadersText is null || signature is null)
        {
            return AuthResult.Fail(AuthFailure.IncompleteSignature,
                "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.", "v4");
        }

        if (amzDate is null)
        {
            return AuthResult.Fail(AuthFailure.IncompleteSignature,
                "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.", "v4");
        }

        // Credential = AKID/yyyyMMdd/region/service/aws4_request
        var scope = credentialText.Split('/');
        if (scope.Length != 5 || scope[4] != "aws4_request")
        {
            return AuthResult.Fail(AuthFailure.IncompleteSignature, $"Credential should be scoped to a valid region, service and aws4_request terminator: '{credentialText}'.", "v4");
        }

        var accessKeyId = scope[0];
        var credential = findCredential(accessKeyId);
        if (credential is null)
        {
            return AuthResult.Fail(AuthFailure.UnknownAccessKey, "The security token included in the request is invalid.", "v4", accessKeyId);
        }

        if (!DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signedAt))
        {
            return AuthResult.Fail(AuthFailure.IncompleteSignature, $"Date must be in ISO-8601 'basic format'. Got '{amzDate}'.", "v4", accessKeyId);
        }

        if (scope[1] != amzDate[..8])
        {
            return AuthResult.Fail(AuthFailure.SignatureMismatch, $"Credential should be scoped to a valid date: '{scope[1]}' != '{amzDate[..8]}'.", "v4", accessKeyId);
        }

        if (scope[3] != service)
        {
            return AuthResult.Fail(AuthFailure.SignatureMismatch, $"Credential should be scoped to correct service: '{service}'.", "v4", accessKeyId);
        }

        if (region is not null ? scope[2] != region : !IsRegionName(scope[2]))
        {
            return AuthResult.Fail(AuthFailure.SignatureMismatch, $"Credential should be scoped to a valid region, not '{scope[2]}'.", "v4", accessKeyId);
        }

        if (presigned && expires is { } lifetime)
        {
            if (now > signedAt + lifetime)
            {
                return AuthResult.Fail(AuthFailure.RequestExpired, $"Request has expired (signed {amzDate}, valid for {lifetime.TotalSeconds:0} seconds).", "v4", accessKeyId);
            }
        }
        else if ((now - signedAt).Duration() > maxSkew)
        {
            var direction = signedAt < now ? "earlier" : "later";
            var bound = signedAt < now ? now - maxSkew : now + maxSkew;
            return AuthResult.Fail(AuthFailure.RequestExpired,
                $"Signature expired: {amzDate} is now {direction} than {bound.UtcDateTime:yyyyMMdd'T'HHmmss'Z'} ({now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'} {(signedAt < now ? "-" : "+")} {maxSkew.TotalMinutes:0} min.)",
                "v4", accessKeyId);
        }

        var signedHeaders = signedHeadersText.Split(';');
        if (!signedHeaders.Contains("host"))
        {
            return AuthResult.Fail(AuthFailure.SignatureMismatch, "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.", "v4", accessKeyId);
        }

        var declaredHash = request.Headers["X-Amz-Content-Sha256"].FirstOrDefault();
        if (declaredHash is not null && declaredHash != "UNSIGNED-PAYLOAD" && !declaredHash.StartsWith("STREAMING-", StringComparison.Ordinal) && !string.Equals(declaredHash, AwsEncoding.Sha256Hex(request.Body), StringComparison.OrdinalIgnoreCase))
        {
            return AuthResult.Fail(AuthFailure.SignatureMismatch, "The provided 'x-amz-content-sha256' header does not match what was computed.", "v4", accessKeyId);
        }

        var key = AwsEncoding.HmacSha256(Encoding.UTF8.GetBytes("AWS4" + credential.SecretAccessKey), scope[1]);
        key = AwsEncoding.HmacSha256(key, scope[2]);
        key = AwsEncoding.HmacSha256(key, scope[3]);
        key = AwsEncoding.HmacSha256(key, "aws4_request");
        string StringToSign(string canonical) =>
            $"{V4Algorithm}\n{amzDate}\n{scope[1]}/{scope[2]}/{scope[3]}/aws4_request\n{AwsEncoding.Sha256Hex(Encoding.UTF8.GetBytes(canonical))}";
        bool Matches(string canonical) => AwsEncoding.FixedTimeEquals(Convert.ToHexStringLower(AwsEncoding.HmacSha256(key, StringToSign(canonical))), signature);

        var canonicalRequest = BuildCanonicalRequest(request, signedHeaders, presigned, singleEncodedPath: service == "s3");
        var stringToSign = StringToSign(canonicalRequest);

        // Presigned URLs: botocore hashes the (empty) body, the S3 convention is the constant UNSIGNED-PAYLOAD; accept both.
        if (!Matches(canonicalRequest) && !(presigned && Matches(BuildCanonicalRequest(request, signedHeaders, presigned, unsignedPayload: true, singleEncodedPath: service == "s3"))))
        {
            // AWS echoes the canonical request and string to sign so a client author can find the difference.
            return AuthResult.Fail(AuthFailure.SignatureMismatch,
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\n"
                + $"The Canonical String for this request should have been\n'{canonicalRequest}'\n\nThe String-to-Sign should have been\n'{stringToSign}'\n",
                "v4", accessKeyId);
        }

        var token = presigned ? Get(request.QueryParameters, "X-Amz-Security-Token") : request.Headers["X-Amz-Security-Token"].FirstOrDefault();
        return CheckToken(credential, token, "v4") ?? new AuthResult(AuthFailure.None, string.Empty, "v4", accessKeyId, credential, scope[2]);
    }

    /// <summary>
    /// Verifies a Signature Version 2 request (parameters AWSAccessKeyId, SignatureVersion=2, SignatureMethod, Timestamp|Expires, Signature).
    /// The host in the string to sign is tried with and without the port: AWSSDK.Core and aws-sdk JS v2 disagree on it.
    /// </summary>
    public AuthResult VerifyV2(SignedRequest request, DateTimeOffset now)
    {
        var all = request.QueryParameters.Concat(request.FormParameters).ToList();
        var accessKeyId = Get(all, "AWSAccessKeyId");
        var signature = Get(all, "Signature");
        if (accessKeyId is null || signature is null)
        {
            return AuthResult.Fail(AuthFailure.MissingAuthentication, "Request is missing Authentication Token", "v2", accessKeyId);
        }

        if (Get(all, "SignatureVersion") != "2")
        {
            return AuthResult.Fail(AuthFailure.IncompleteSignature, "SignatureVersion must be 2.", "v2", accessKeyId);
        }

        var method = Get(all, "SignatureMethod");
        if (method is not ("HmacSHA256" or "HmacSHA1"))
        {
            return AuthResult.Fail(AuthFailure.IncompleteSignature, "SignatureMethod must be HmacSHA256 or HmacSHA1.", "v2", accessKeyId);
        }

        var credential = findCredential(accessKeyId);
        if (credential is null)
        {
            return AuthResult.Fail(AuthFailure.UnknownAccessKey, "The AWS Access Key Id you provided does not exist in our records.", "v2", accessKeyId);
        }

        var timestamp = Get(all, "Timestamp");
        var expiresText = Get(all, "Expires");
        if (expiresText is not null)
        {
            if (!TryParseIso(expiresText, out var expiresAt))
            {
                return AuthResult.Fail(AuthFailure.IncompleteSignature, $"Invalid Expires: {expiresText}", "v2", accessKeyId);
            }

            if (now > expiresAt)
            {
                return AuthResult.Fail(AuthFailure.RequestExpired, $"Request has expired. Expires date is {expiresText}", "v2", accessKeyId);
            }
        }
        else if (timestamp is not null)
        {
            if (!TryParseIso(timestamp, out var signedAt))
            {
                return AuthResult.Fail(AuthFailure.IncompleteSignature, $"Invalid Timestamp: {timestamp}", "v2", accessKeyId);
            }

            if ((now - signedAt).Duration() > maxSkew)
            {
                return AuthResult.Fail(AuthFailure.RequestExpired, $"Request has expired. Timestamp date is {timestamp}", "v2", accessKeyId);
            }
        }
        else
        {
            return AuthResult.Fail(AuthFailure.IncompleteSignature, "Request must contain either a valid (registered) AWS access key ID or X.509 certificate, and a Timestamp or Expires parameter.", "v2", accessKeyId);
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
            var canonical = CanonicalV2Parameters(parameters);
            foreach (var h in host == hostWithoutPort ? [host] : new[] { host, hostWithoutPort })
            {
                var stringToSign = $"{request.Method}\n{h.ToLowerInvariant()}\n{path}\n{canonical}";
                firstStringToSign ??= stringToSign;
                var mac = method == "HmacSHA256" ? HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(stringToSign)) : HMACSHA1.HashData(secret, Encoding.UTF8.GetBytes(stringToSign));
                if (AwsEncoding.FixedTimeEquals(Convert.ToBase64String(mac), signature))
                {
                    return CheckToken(credential, Get(all, "SecurityToken"), "v2") ?? new AuthResult(AuthFailure.None, string.Empty, "v2", accessKeyId, credential, null);
                }
            }
        }

        return AuthResult.Fail(AuthFailure.SignatureMismatch,
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\n"
            + $"The String-to-Sign should have been\n'{firstStringToSign}'\n",
            "v2", accessKeyId);
    }

    private AuthResult? CheckToken(EmulatorCredential credential, string? token, string version)
    {
        if (token is not null && expiredTokens.Contains(token))
        {
            return AuthResult.Fail(AuthFailure.ExpiredToken, "The security token included in the request is expired", version, credential.AccessKeyId);
        }

        if (!string.Equals(token, credential.SessionToken, StringComparison.Ordinal))
        {
            return AuthResult.Fail(AuthFailure.InvalidToken, "The security token included in the request is invalid.", version, credential.AccessKeyId);
        }

        return null;
    }

    private static string BuildCanonicalRequest(SignedRequest request, string[] signedHeaders, bool presigned, bool unsignedPayload = false, bool singleEncodedPath = false)
    {
        var sb = new StringBuilder(512);
        sb.Append(request.Method).Append('\n');

        // Non-S3 services encode each segment of the path as sent (already encoded once by the client) once more.
        var path = string.IsNullOrEmpty(request.RawPath) ? "/" : request.RawPath;
        // S3 signs the path as sent (encoded once), the other services encode it again.
        sb.Append(singleEncodedPath ? path : string.Join('/', path.Split('/').Select(segment => AwsEncoding.UriEncode(segment)))).Append('\n');

        var query = request.QueryParameters
            .Where(p => !(presigned && p.Key == "X-Amz-Signature"))
            .Select(p => (Name: AwsEncoding.UriEncode(p.Key), Value: AwsEncoding.UriEncode(p.Value)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Name + "=" + p.Value);
        sb.Append(string.Join('&', query)).Append('\n');

        foreach (var name in signedHeaders)
        {
            StringValues values = request.Headers[name];
            sb.Append(name).Append(':').Append(string.Join(',', values.Select(v => CollapseSpaces(v ?? string.Empty)))).Append('\n');
        }

        sb.Append('\n').Append(string.Join(';', signedHeaders)).Append('\n');

        // A declared payload hash is what the client signed (that it matches the body is checked separately).
        var declared = request.Headers["X-Amz-Content-Sha256"].FirstOrDefault();
        sb.Append(declared ?? (unsignedPayload ? "UNSIGNED-PAYLOAD" : AwsEncoding.Sha256Hex(request.Body)));
        return sb.ToString();
    }

    private static string CanonicalV2Parameters(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters
            .Where(p => p.Key != "Signature")
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => AwsEncoding.UriEncode(p.Key) + "=" + AwsEncoding.UriEncode(p.Value)));

    private static string CollapseSpaces(string value)
    {
        var trimmed = value.Trim();
        if (!trimmed.Contains("  ", StringComparison.Ordinal))
        {
            return trimmed;
        }

        var sb = new StringBuilder(trimmed.Length);
        var lastWasSpace = false;
        foreach (var c in trimmed)
        {
            if (c == ' ')
            {
                if (!lastWasSpace)
                {
                    sb.Append(c);
                }

                lastWasSpace = true;
            }
            else
            {
                sb.Append(c);
                lastWasSpace = false;
            }
        }

        return sb.ToString();
    }

    private static Dictionary<string, string> ParseAuthorization(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split(','))
        {
            var trimmed = part.Trim();
            var eq = trimmed.IndexOf('=');
            if (eq > 0)
            {
                fields[trimmed[..eq]] = trimmed[(eq + 1)..];
            }
        }

        return fields;
    }

    private static string StripPort(string host)
    {
        // [::1]:8080 keeps its brackets; 127.0.0.1:8080 loses the port.
        var colon = host.LastIndexOf(':');
        return colon > 0 && host.IndexOf(']', colon) < 0 && host[(colon + 1)..].All(char.IsAsciiDigit) ? host[..colon] : host;
    }

    internal static bool IsRegionName(string region) =>
        System.Text.RegularExpressions.Regex.IsMatch(region, "^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$");

    private static bool TryParseIso(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);

    internal static string? Get(IEnumerable<KeyValuePair<string, string>> pairs, string name)
    {
        foreach (var pair in pairs)
        {
            if (pair.Key == name)
            {
                return pair.Value;
            }
        }

        return null;
    }
}
