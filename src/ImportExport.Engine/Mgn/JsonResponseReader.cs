using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;

namespace ImportExport.Mgn
{
    /// <summary>Reads a rest-json answer into <typeparamref name="TResult"/>, and errors into <see cref="MgnException"/>.</summary>
    internal sealed class JsonResponseReader<TResult> : JsonResponseUnmarshaller
    {
        private readonly Func<JsonElement, TResult> _read;

        public JsonResponseReader(Func<JsonElement, TResult> read) => _read = read;

        // Every answer, success or error, is read through a size limit.
        public override UnmarshallerContext CreateContext(IWebResponseData response, bool readEntireResponse, Stream stream, RequestMetrics metrics, bool isException, IRequestContext requestContext) =>
            base.CreateContext(response, readEntireResponse, Runtime.BoundedReadStream.Wrap(stream, response, requestContext), metrics, isException, requestContext);

        public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
        {
            using var document = ReadDocument(context.Stream);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new Runtime.InvalidServiceResponseException("The MGN service answered with JSON that is not an object.", (int)context.ResponseData.StatusCode);
            }

            return new JsonResponse<TResult> { Result = _read(document.RootElement) };
        }

        public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode)
        {
            string? code = null;
            string? message = null;
            string? reason = null;
            var notJson = false;
            var fields = new List<ValidationField>();
            try
            {
                using var document = ReadDocument(context.Stream);
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object)
                {
                    // Like AWSSDK.Core: a code in the body (__type, then code) wins over the header.
                    code = ParseCode(Json.String(root, "__type") ?? Json.String(root, "code"));
                    message = Json.String(root, "message") ?? Json.String(root, "Message");
                    reason = Json.String(root, "reason");
                    if (root.TryGetProperty("fieldList", out var list) && list.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var field in list.EnumerateArray())
                        {
                            fields.Add(new ValidationField(Json.String(field, "name"), Json.String(field, "message")));
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // Not JSON (a load balancer's page, say): the status and header still tell what happened.
                notJson = true;
            }

            if (string.IsNullOrEmpty(code) && context.ResponseData.IsHeaderPresent("x-amzn-ErrorType"))
            {
                code = ParseCode(context.ResponseData.GetHeaderValue("x-amzn-ErrorType"));
            }

            if (string.IsNullOrEmpty(code))
            {
                code = Runtime.HttpErrors.DefaultCode((int)statusCode, MgnErrorCode.Throttling);
                if (notJson || message is null)
                {
                    message = Runtime.HttpErrors.Describe((int)statusCode, context.ResponseData.GetHeaderValue("Content-Type"), context.ResponseBody, "MGN");
                }
            }

            var errorType = (int)statusCode >= 500 ? ErrorType.Receiver : ErrorType.Sender;
            var requestId = context.ResponseData.GetHeaderValue("x-amzn-RequestId");
            return new MgnException(message ?? $"The MGN service returned {code} (HTTP {(int)statusCode}).", innerException, errorType, code, requestId, statusCode)
            {
                Reason = reason,
                FieldList = fields,
            };
        }

        private static JsonDocument ReadDocument(Stream stream)
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.Length == 0 ? JsonDocument.Parse("{}") : JsonDocument.Parse(buffer.ToArray());
        }

        // "ValidationException:http://internal.amazon.com/coral/com.amazonaws.mgn/" -> "ValidationException";
        // "aws.protocoltests#ValidationException" -> "ValidationException".
        private static string? ParseCode(string? raw)
        {
            if (string.IsNullOrEmpty(raw))
            {
                return null;
            }

            var code = raw!;
            var colon = code.IndexOf(':');
            if (colon >= 0)
            {
                code = code.Substring(0, colon);
            }

            var hash = code.LastIndexOf('#');
            return hash >= 0 ? code.Substring(hash + 1) : code;
        }
    }
}
