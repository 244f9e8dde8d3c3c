using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ImportExport.Emulator.Auth;

/// <summary>
/// Verifies AWS Signature Version 4 (Authorization header or presigned query) the way AWS does, written from the
/// published algorithm rather than an SDK so that it can catch an SDK's mistakes.
/// </summary>
internal sealed partial class SigV4Verifier(SigningCredentials credentials)
{
    /// <summary>Verifies a SigV4-signed request. <paramref name="region"/> null accepts any well-formed region (MGN is regional; the scope names it).</summary>
    public AuthResult Verify(SignedRequest request, string service, string? region, DateTimeOffset now)
    {
        if (SigV4Signature.Read(request, out var unreadable) is not { } signature)
        {
            return unreadable!;
        }

        var amzDate = signature.AmzDate;

        // Credential = AKID/yyyyMMdd/region/service/aws4_request
        var scope = signature.CredentialText.Split('/');
        if (scope.Length != 5 || scope[4] != "aws4_request")
        {
            return AuthResult.Fail(AuthFailure.IncompleteSignature, $"Credential should be scoped to a valid region, service and aws4_request terminator: '{signature.CredentialText}'.", "v4");
        }

        var accessKeyId = scope[0];
        var credential = credentials.Find(accessKeyId);
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

        if (region is not null ? scope[2] != region : !RegionName().IsMatch(scope[2]))
        {
            return AuthResult.Fail(AuthFailure.SignatureMismatch, $"Credential should be scoped to a valid region, not '{scope[2]}'.", "v4", accessKeyId);
        }

        if (CheckTime(signature, signedAt, now, accessKeyId) is { } late)
        {
            return late;
        }

        if (!signature.SignedHeaders.Contains("host"))
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
            $"{SigV4Signature.Algorithm}\n{amzDate}\n{scope[1]}/{scope[2]}/{scope[3]}/aws4_request\n{AwsEncoding.Sha256Hex(Encoding.UTF8.GetBytes(canonical))}";
        bool Matches(string canonical) => AwsEncoding.FixedTimeEquals(Convert.ToHexStringLower(AwsEncoding.HmacSha256(key, StringToSign(canonical))), signature.Signature);

        var presigned = signature.Presigned;
        var canonicalRequest = SigV4CanonicalRequest.Build(request, signature.SignedHeaders, presigned, singleEncodedPath: service == "s3");
        var stringToSign = StringToSign(canonicalRequest);

        // Presigned URLs: botocore hashes the (empty) body, the S3 convention is the constant UNSIGNED-PAYLOAD; accept both.
        if (!Matches(canonicalRequest) && !(presigned && Matches(SigV4CanonicalRequest.Build(request, signature.SignedHeaders, presigned, unsignedPayload: true, singleEncodedPath: service == "s3"))))
        {
            // AWS echoes the canonical request and string to sign so a client author can find the difference.
            return AuthResult.Fail(AuthFailure.SignatureMismatch,
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\n"
                + $"The Canonical String for this request should have been\n'{canonicalRequest}'\n\nThe String-to-Sign should have been\n'{stringToSign}'\n",
                "v4", accessKeyId);
        }

        var token = presigned ? ParameterPairs.Get(request.QueryParameters, "X-Amz-Security-Token") : request.Headers["X-Amz-Security-Token"].FirstOrDefault();
        return credentials.CheckToken(credential, token, "v4", now) ?? new AuthResult(AuthFailure.None, string.Empty, "v4", accessKeyId, credential, scope[2]);
    }

    // A presigned URL lives for its X-Amz-Expires; any other signature only within the clock skew either way.
    private AuthResult? CheckTime(SigV4Signature signature, DateTimeOffset signedAt, DateTimeOffset now, string accessKeyId)
    {
        var amzDate = signature.AmzDate;
        if (signature.Presigned && signature.Expires is { } lifetime)
        {
            return now > signedAt + lifetime
                ? AuthResult.Fail(AuthFailure.RequestExpired, $"Request has expired (signed {amzDate}, valid for {lifetime.TotalSeconds:0} seconds).", "v4", accessKeyId)
                : null;
        }

        var maxSkew = credentials.MaxSkew;
        if ((now - signedAt).Duration() <= maxSkew)
        {
            return null;
        }

        var direction = signedAt < now ? "earlier" : "later";
        var bound = signedAt < now ? now - maxSkew : now + maxSkew;
        return AuthResult.Fail(AuthFailure.RequestExpired,
            $"Signature expired: {amzDate} is now {direction} than {bound.UtcDateTime:yyyyMMdd'T'HHmmss'Z'} ({now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'} {(signedAt < now ? "-" : "+")} {maxSkew.TotalMinutes:0} min.)",
            "v4", accessKeyId);
    }

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$")]
    private static partial Regex RegionName();
}
