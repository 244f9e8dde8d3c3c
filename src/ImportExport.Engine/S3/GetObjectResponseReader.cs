using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;
using ImportExport.Runtime;

namespace ImportExport.S3
{
    /// <summary>
    /// Reads GetObject's body through the request's size bound and verifies it: against the checksum S3 sent
    /// (x-amz-checksum-crc32, -crc32c, -sha1, -sha256), else against an ETag that is the MD5 of a plain upload, and
    /// always against Content-Length. Bytes that do not match are an <see cref="ObjectIntegrityException"/>, never a result.
    /// Errors are S3's XML, read as PutObject's are.
    /// </summary>
    internal sealed class GetObjectResponseReader : XmlResponseUnmarshaller
    {
        public static readonly GetObjectResponseReader Instance = new GetObjectResponseReader();

        private static readonly Regex PlainMd5ETag = new Regex("^\"?[0-9a-fA-F]{32}\"?$", RegexOptions.CultureInvariant);

        public override UnmarshallerContext CreateContext(IWebResponseData response, bool readEntireResponse, Stream stream, RequestMetrics metrics, bool isException, IRequestContext requestContext)
        {
            // Only a success is bounded by the object limit; an error answer by the client's usual one.
            if (!isException && requestContext?.OriginalRequest is GetObjectRequest request && response is not null)
            {
                if (response.ContentLength > request.MaxBytes)
                {
                    throw new ObjectTooLargeException(request.BucketName, request.Key, response.ContentLength, request.MaxBytes);
                }

                stream = new BoundedReadStream(stream, request.MaxBytes, (int)response.StatusCode);
            }
            else if (response is not null)
            {
                stream = BoundedReadStream.Wrap(stream, response, requestContext);
            }

            return base.CreateContext(response, readEntireResponse, stream, metrics, isException, requestContext);
        }

        public override AmazonWebServiceResponse Unmarshall(XmlUnmarshallerContext context)
        {
            byte[] body;
            using (var buffer = new MemoryStream())
            {
                context.Stream.CopyTo(buffer);
                body = buffer.ToArray();
            }

            var data = context.ResponseData;
            var declaredLength = data.ContentLength;
            if (declaredLength >= 0 && declaredLength != body.Length)
            {
                throw new ObjectIntegrityException($"GetObject announced {declaredLength} bytes and sent {body.Length}.");
            }

            var etag = data.GetHeaderValue("ETag");
            var verifiedBy = Verify(body, data, etag);
            return new GetObjectResponse { Result = new GetObjectResult { Body = body, ETag = etag, VerifiedBy = verifiedBy, LastModified = LastModified(data) } };
        }

        public override AmazonServiceException UnmarshallException(XmlUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode) =>
            PutObjectResponseReader.Instance.UnmarshallException(context, innerException, statusCode);

        // Last-Modified is an HTTP date (RFC 1123, GMT).
        private static DateTime? LastModified(IWebResponseData data) =>
            DateTime.TryParseExact(data.GetHeaderValue("Last-Modified"), "r", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var written)
                ? written
                : (DateTime?)null;

        private static string? Verify(byte[] body, IWebResponseData data, string? etag)
        {
            foreach (var algorithm in new[] { "crc32", "crc32c", "sha256", "sha1" })
            {
                var sent = data.GetHeaderValue("x-amz-checksum-" + algorithm);
                if (string.IsNullOrEmpty(sent))
                {
                    continue;
                }

                var actual = Convert.ToBase64String(Compute(algorithm, body));
                if (!string.Equals(actual, sent, StringComparison.Ordinal))
                {
                    throw new ObjectIntegrityException($"The object's {algorithm.ToUpperInvariant()} is {sent} in S3 and {actual} in the bytes received.");
                }

                return algorithm.ToUpperInvariant();
            }

            // An object uploaded in one part without SSE-KMS has its MD5 as ETag; a multipart ETag ends in -N.
            var kms = (data.GetHeaderValue("x-amz-server-side-encryption") ?? string.Empty).StartsWith("aws:kms", StringComparison.Ordinal);
            if (!kms && etag is not null && PlainMd5ETag.IsMatch(etag))
            {
                using var md5 = MD5.Create();
                var actual = BitConverter.ToString(md5.ComputeHash(body)).Replace("-", string.Empty);
                if (!string.Equals(actual, etag.Trim('"'), StringComparison.OrdinalIgnoreCase))
                {
                    throw new ObjectIntegrityException($"The object's MD5 (its ETag) is {etag.Trim('"')} in S3 and {actual.ToLowerInvariant()} in the bytes received.");
                }

                return "MD5";
            }

            return null;
        }

        private static byte[] Compute(string algorithm, byte[] body)
        {
            switch (algorithm)
            {
                case "sha256":
                    using (var sha = SHA256.Create())
                    {
                        return sha.ComputeHash(body);
                    }

                case "sha1":
                    using (var sha1 = SHA1.Create())
                    {
                        return sha1.ComputeHash(body);
                    }

                default:
                    return Crc32Checksum.Compute(body, castagnoli: algorithm == "crc32c");
            }
        }
    }
}
