using System.Globalization;

namespace ImportExport.Emulator.Auth;

/// <summary>
/// The parts of a SigV4 signature as the request carries them, from the Authorization header or, for a presigned URL,
/// from the X-Amz-* query parameters; nothing is checked against a key here.
/// </summary>
internal sealed record SigV4Signature(bool Presigned, string CredentialText, string[] SignedHeaders, string Signature, string AmzDate, TimeSpan? Expires)
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>The signature's parts, or null with <paramref name="failure"/> saying what is missing or malformed.</summary>
    public static SigV4Signature? Read(SignedRequest request, out AuthResult? failure)
    {
        string? authorization = request.Headers.Authorization;
        var algorithm = ParameterPairs.Get(request.QueryParameters, "X-Amz-Algorithm");
        var presigned = algorithm is not null;
        string? credentialText, signedHeadersText, signature, amzDate;
        TimeSpan? expires = null;

        if (presigned)
        {
            if (algorithm != Algorithm)
            {
                failure = AuthResult.Fail(AuthFailure.IncompleteSignature, "Unsupported AWS 'algorithm': '" + algorithm + "'.", "v4");
                return null;
            }

            credentialText = ParameterPairs.Get(request.QueryParameters, "X-Amz-Credential");
            signedHeadersText = ParameterPairs.Get(request.QueryParameters, "X-Amz-SignedHeaders");
            signature = ParameterPairs.Get(request.QueryParameters, "X-Amz-Signature");
            amzDate = ParameterPairs.Get(request.QueryParameters, "X-Amz-Date");
            if (int.TryParse(ParameterPairs.Get(request.QueryParameters, "X-Amz-Expires"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                expires = TimeSpan.FromSeconds(seconds);
            }
        }
        else if (authorization is not null && authorization.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            var fields = ParseAuthorization(authorization[(Algorithm.Length + 1)..]);
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
            failure = AuthResult.Fail(AuthFailure.MissingAuthentication, "Missing Authentication Token");
            return null;
        }

        if (credentialText is null || signedHeadersText is null || signature is null)
        {
            failure = AuthResult.Fail(AuthFailure.IncompleteSignature,
                "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.", "v4");
            return null;
        }

        if (amzDate is null)
        {
            failure = AuthResult.Fail(AuthFailure.IncompleteSignature,
                "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.", "v4");
            return null;
        }

        failure = null;
        return new SigV4Signature(presigned, credentialText, signedHeadersText.Split(';'), signature, amzDate, expires);
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
}
