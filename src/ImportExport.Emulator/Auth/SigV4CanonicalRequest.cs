using System.Text;
using Microsoft.Extensions.Primitives;

namespace ImportExport.Emulator.Auth;

/// <summary>The SigV4 canonical request, built from the request as it came off the wire so that a client's encoding mistakes show.</summary>
internal static class SigV4CanonicalRequest
{
    public static string Build(SignedRequest request, string[] signedHeaders, bool presigned, bool unsignedPayload = false, bool singleEncodedPath = false)
    {
        var sb = new StringBuilder(512);
        sb.Append(request.Method).Append('\n');

        // S3 signs the path as sent (encoded once); the other services encode each segment as sent once more.
        var path = string.IsNullOrEmpty(request.RawPath) ? "/" : request.RawPath;
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
}
