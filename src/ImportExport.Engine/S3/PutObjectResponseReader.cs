using System;
using System.IO;
using System.Net;
using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace ImportExport.S3
{
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
