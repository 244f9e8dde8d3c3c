using System;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace ImportExport.S3
{
    /// <summary>Marshals PutObject: <c>PUT /{Bucket}/{Key+}</c> (the bucket moves into the host for virtual-hosted addressing, see <see cref="S3Client"/>).</summary>
    internal sealed class PutObjectMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        public static readonly PutObjectMarshaller Instance = new PutObjectMarshaller();

        public IRequest Marshall(AmazonWebServiceRequest input)
        {
            var request = (PutObjectRequest)input;
            IRequest wire = new DefaultRequest(request, S3ClientConfig.ServiceIdValue)
            {
                HttpMethod = "PUT",
                ResourcePath = "/{Bucket}/{Key+}",
                UseDoubleEncoding = false,
            };
            wire.AddPathResource("{Bucket}", request.BucketName);
            wire.AddPathResource("{Key+}", request.Key);
            wire.Headers["Content-Type"] = request.ContentType;
            using (var sha = SHA256.Create())
            using (var md5 = MD5.Create())
            {
                // A checksum of the body: S3 refuses the object when the bytes it received differ.
                wire.Headers["x-amz-checksum-sha256"] = Convert.ToBase64String(sha.ComputeHash(request.Body));
                wire.Headers["Content-MD5"] = Convert.ToBase64String(md5.ComputeHash(request.Body));
            }

            if (!string.IsNullOrEmpty(request.ExpectedBucketOwner))
            {
                wire.Headers["x-amz-expected-bucket-owner"] = request.ExpectedBucketOwner;
            }

            wire.Content = request.Body;
            return wire;
        }
    }

    /// <summary>The wrapper Core's pipeline carries a PutObject result in.</summary>
    internal sealed class PutObjectResponse : AmazonWebServiceResponse
    {
        public PutObjectResult Result { get; set; } = new PutObjectResult();
    }

    /// <summary>Reads PutObject's headers, and S3's XML errors (or a bare status, for HEAD) into <see cref="S3Exception"/>.</summary>
    internal sealed class PutObjectResponseReader : XmlResponseUnmarshaller
    {
        public static readonly PutObjectResponseReader Instance = new PutObjectResponseReader();

        public override AmazonWebServiceResponse Unmarshall(XmlUnmarshallerContext context) => new PutObjectResponse
        {
            Result = new PutObjectResult
            {
                ETag = context.ResponseData.GetHeaderValue("ETag"),
                ChecksumSha256 = context.ResponseData.GetHeaderValue("x-amz-checksum-sha256"),
            },
        };

        public override AmazonServiceException UnmarshallException(XmlUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode)
        {
            string? code = null;
            string? message = null;
            string? requestId = context.ResponseData.GetHeaderValue("x-amz-request-id");
            try
            {
                string text;
                using (var reader = new StreamReader(context.Stream))
                {
                    text = reader.ReadToEnd();
                }

                if (text.Length > 0)
                {
                    var root = XDocument.Parse(text).Root;
                    code = root?.Element("Code")?.Value;
                    message = root?.Element("Message")?.Value;
                    requestId = root?.Element("RequestId")?.Value ?? requestId;
                }
            }
            catch (System.Xml.XmlException)
            {
                // Not XML (a proxy's page): the status tells what happened.
            }

            if (string.IsNullOrEmpty(code))
            {
                code = Runtime.HttpErrors.DefaultCode((int)statusCode, "SlowDown");
                message = message ?? Runtime.HttpErrors.Describe((int)statusCode, context.ResponseData.GetHeaderValue("Content-Type"), string.Empty, "S3");
            }

            var errorType = (int)statusCode >= 500 ? ErrorType.Receiver : ErrorType.Sender;
            return new S3Exception(message ?? code!, innerException, errorType, code, requestId, statusCode);
        }
    }
}
