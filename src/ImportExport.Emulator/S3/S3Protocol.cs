using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Security;
using ImportExport.Emulator.Auth;
using ImportExport.Emulator.Hosting;

namespace ImportExport.Emulator.S3;

/// <summary>
/// A stand-in for the part of Amazon S3 MGN imports and exports need: PutObject, GetObject and HeadObject on the emulator's
/// buckets, path-style or virtual-hosted, SigV4 as <c>s3</c> (the path signed as sent, the payload hash from
/// x-amz-content-sha256, which must be present and match), checksums (Content-MD5, x-amz-checksum-crc32, -crc32c,
/// -sha1, -sha256, also as aws-chunked trailers) verified, x-amz-expected-bucket-owner honoured. Objects live in memory.
/// </summary>
internal sealed class S3Protocol(EmulatorState state) : IServiceProtocol
{
    public const string SigningName = "s3";

    private static readonly string[] ChecksumAlgorithms = ["crc32", "crc32c", "sha1", "sha256"];

    public string Service => ServiceNames.S3;

    public string? ReadOperation(Exchange exchange) => exchange.Http.Request.Method switch
    {
        "PUT" => "PutObject",
        "GET" => "GetObject",
        "HEAD" => "HeadObject",
        _ => null,
    };

    public ServiceResponse Fault(Exchange exchange, FaultKind kind) => kind == FaultKind.Throttle
        ? Error(exchange, new ServiceErrorException(503, "SlowDown", "Please reduce your request rate."))
        : Error(exchange, new ServiceErrorException(500, "InternalError", "We encountered an internal error. Please try again."));

    public ServiceResponse Handle(Exchange exchange, string? operation)
    {
        try
        {
            var caller = Authenticate(exchange);
            var (bucket, key) = S3Addressing.Resolve(exchange.Http.Request.Host.Host, exchange.Signed.RawPath);
            if (!state.BucketExists(bucket))
            {
                throw new ServiceErrorException(404, "NoSuchBucket", "The specified bucket does not exist").With("BucketName", bucket);
            }

            var expectedOwner = exchange.Http.Request.Headers["x-amz-expected-bucket-owner"].ToString();
            if (expectedOwner.Length > 0 && expectedOwner != state.BucketOwner)
            {
                throw new ServiceErrorException(403, "AccessDenied", "Access Denied");
            }

            if (key.Length == 0)
            {
                throw new ServiceErrorException(501, "NotImplemented", "The emulator's S3 stand-in implements object operations only (PutObject, GetObject, HeadObject).");
            }

            _ = caller;
            return operation switch
            {
                "PutObject" => PutObject(exchange, bucket, key),
                "GetObject" or "HeadObject" => GetObject(exchange, bucket, key, head: operation == "HeadObject"),
                _ => throw new ServiceErrorException(405, "MethodNotAllowed", "The specified method is not allowed against this resource."),
            };
        }
        catch (ServiceErrorException ex)
        {
            return Error(exchange, ex);
        }
    }

    private EmulatorCredential Authenticate(Exchange exchange)
    {
        var presigned = exchange.Signed.QueryParameters.Any(p => p.Key == "X-Amz-Algorithm");
        if (!presigned && exchange.Http.Request.Headers.Authorization.Count > 0 && exchange.Http.Request.Headers["x-amz-content-sha256"].Count == 0)
        {
            throw new ServiceErrorException(400, "InvalidRequest", "Missing required header for this request: x-amz-content-sha256");
        }

        return exchange.Authenticate(state.SigV4.Verify(exchange.Signed, SigningName, region: null, exchange.Now), Rejection);
    }

    private static ServiceErrorException Rejection(AuthResult result) => result.Failure switch
    {
        AuthFailure.MissingAuthentication => new ServiceErrorException(403, "AccessDenied", "Access Denied"),
        AuthFailure.UnknownAccessKey => new ServiceErrorException(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records."),
        AuthFailure.InvalidToken => new ServiceErrorException(400, "InvalidToken", "The provided token is malformed or otherwise invalid."),
        AuthFailure.ExpiredToken => new ServiceErrorException(400, "ExpiredToken", "The provided token has expired."),
        AuthFailure.RequestExpired => new ServiceErrorException(403, "RequestTimeTooSkewed", "The difference between the request time and the current time is too large."),
        AuthFailure.IncompleteSignature => new ServiceErrorException(400, "AuthorizationHeaderMalformed", result.Message),
        _ when result.Message.StartsWith("The provided 'x-amz-content-sha256'", StringComparison.Ordinal) =>
            new ServiceErrorException(400, "XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed."),
        _ => new ServiceErrorException(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your key and signing method."),
    };

    private ServiceResponse PutObject(Exchange exchange, string bucket, string key)
    {
        var headers = exchange.Http.Request.Headers;
        var body = exchange.Body;
        var checksums = new Dictionary<string, string>(StringComparer.Ordinal);
        var declared = headers["x-amz-content-sha256"].ToString();
        if (declared.StartsWith("STREAMING-", StringComparison.Ordinal))
        {
            if (declared != "STREAMING-UNSIGNED-PAYLOAD-TRAILER")
            {
                throw new ServiceErrorException(501, "NotImplemented", $"The emulator does not implement x-amz-content-sha256: {declared}.");
            }

            body = DecodeChunked(body, checksums);
        }

        foreach (var algorithm in ChecksumAlgorithms)
        {
            var value = headers["x-amz-checksum-" + algorithm].ToString();
            if (value.Length > 0)
            {
                checksums[algorithm] = value;
            }
        }

        var md5 = MD5.HashData(body);
        var contentMd5 = headers["Content-MD5"].ToString();
        if (contentMd5.Length > 0 && contentMd5 != Convert.ToBase64String(md5))
        {
            throw new ServiceErrorException(400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
        }

        foreach (var (algorithm, value) in checksums)
        {
            var actual = Convert.ToBase64String(algorithm switch
            {
                "crc32" => Crc32.Compute(body, castagnoli: false),
                "crc32c" => Crc32.Compute(body, castagnoli: true),
                "sha1" => SHA1.HashData(body),
                _ => SHA256.HashData(body),
            });
            if (actual != value)
            {
                throw new ServiceErrorException(400, "BadDigest", $"The {algorithm.ToUpperInvariant()} you specified did not match the calculated checksum.");
            }
        }

        var etag = StoredObject.ETagFromMd5(md5);
        var contentType = headers.ContentType.ToString();
        state.Objects.Put(bucket, key, new StoredObject(body, etag, contentType.Length == 0 ? "binary/octet-stream" : contentType, exchange.Now, checksums));
        var response = new ServiceResponse(200, "application/xml", []);
        response.Headers.Add(new("ETag", etag));
        foreach (var (algorithm, value) in checksums)
        {
            response.Headers.Add(new("x-amz-checksum-" + algorithm, value));
        }

        return Stamp(exchange, response);
    }

    private ServiceResponse GetObject(Exchange exchange, string bucket, string key, bool head)
    {
        if (state.ObjectReadsDenied(bucket))
        {
            throw new ServiceErrorException(403, "AccessDenied", "Access Denied");
        }

        var stored = state.Objects.Get(bucket, key)
            ?? throw new ServiceErrorException(404, "NoSuchKey", "The specified key does not exist.").With("Key", key);
        var response = new ServiceResponse(200, stored.ContentType, head ? [] : stored.Body) { ContentLength = stored.Body.Length };
        response.Headers.Add(new("ETag", stored.ETag));
        response.Headers.Add(new("Last-Modified", stored.LastModified.ToString("R", CultureInfo.InvariantCulture)));
        response.Headers.Add(new("Accept-Ranges", "bytes"));

        // As S3: the object's stored checksums are sent only to a request that asks for them.
        if (string.Equals(exchange.Http.Request.Headers["x-amz-checksum-mode"].ToString(), "ENABLED", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var (algorithm, value) in stored.Checksums)
            {
                response.Headers.Add(new("x-amz-checksum-" + algorithm, value));
            }
        }

        return Stamp(exchange, response);
    }

    /// <summary>aws-chunked: <c>hex-size\r\ndata\r\n</c> … <c>0\r\n</c>, then trailer lines (the checksum) and an empty line.</summary>
    private static byte[] DecodeChunked(byte[] encoded, Dictionary<string, string> trailers)
    {
        var output = new MemoryStream(encoded.Length);
        var i = 0;
        string ReadLine()
        {
            var end = encoded.AsSpan(i).IndexOf("\r\n"u8);
            if (end < 0)
            {
                throw new ServiceErrorException(400, "IncompleteBody", "The request body is not valid aws-chunked encoding.");
            }

            var line = Encoding.ASCII.GetString(encoded, i, end);
            i += end + 2;
            return line;
        }

        while (true)
        {
            var sizeText = ReadLine().Split(';')[0];
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size < 0 || i + size > encoded.Length)
            {
                throw new ServiceErrorException(400, "IncompleteBody", "The request body is not valid aws-chunked encoding.");
            }

            if (size == 0)
            {
                break;
            }

            output.Write(encoded, i, size);
            i += size;
            ReadLine();
        }

        while (i < encoded.Length)
        {
            var line = ReadLine();
            if (line.Length == 0)
            {
                break;
            }

            var colon = line.IndexOf(':');
            if (colon > 0 && line.StartsWith("x-amz-checksum-", StringComparison.OrdinalIgnoreCase))
            {
                trailers[line[15..colon].ToLowerInvariant()] = line[(colon + 1)..].Trim();
            }
        }

        return output.ToArray();
    }

    private static ServiceResponse Stamp(Exchange exchange, ServiceResponse response)
    {
        response.Headers.Add(new("x-amz-request-id", exchange.RequestId));
        return response;
    }

    private static ServiceResponse Error(Exchange exchange, ServiceErrorException error)
    {
        var head = exchange.Http.Request.Method == "HEAD";
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>").Append(SecurityElement.Escape(error.Code))
            .Append("</Code><Message>").Append(SecurityElement.Escape(error.Message)).Append("</Message>");
        foreach (var (name, value) in error.Details)
        {
            xml.Append('<').Append(name).Append('>').Append(SecurityElement.Escape(value?.ToString() ?? string.Empty)).Append("</").Append(name).Append('>');
        }

        xml.Append("<RequestId>").Append(exchange.RequestId).Append("</RequestId></Error>");
        var response = new ServiceResponse(error.StatusCode, "application/xml", head ? [] : Encoding.UTF8.GetBytes(xml.ToString()), error.Code);
        return Stamp(exchange, response);
    }
}
