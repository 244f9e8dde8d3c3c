using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Text;
using System.Xml;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;

namespace ImportExport.IE
{
    /// <summary>
    /// Reads a query-protocol response, <c>&lt;XResponse&gt;&lt;XResult&gt;…&lt;/XResult&gt;&lt;ResponseMetadata/&gt;&lt;/XResponse&gt;</c>,
    /// handing each element inside the result to <see cref="OnElement"/>, and turns error responses
    /// into <see cref="ImportExportException"/>.
    /// </summary>
    internal abstract class QueryResponseUnmarshaller<TResult> : XmlResponseUnmarshaller
    {
        private const int ResultDepth = 2;

        protected abstract string Operation { get; }

        // Every answer, success or error, is read through a size limit.
        public override UnmarshallerContext CreateContext(IWebResponseData response, bool readEntireResponse, System.IO.Stream stream, RequestMetrics metrics, bool isException, IRequestContext requestContext) =>
            base.CreateContext(response, readEntireResponse, Runtime.BoundedReadStream.Wrap(stream, response, requestContext), metrics, isException, requestContext);

        // The element names are fixed per operation: computed once, not per element read.
        private string? _responseElement;
        private string? _resultElement;

        private string ResponseElement => _responseElement ??= Operation + "Response";

        private string ResultElement => _resultElement ??= Operation + "Result";

        /// <summary>
        /// Reads a success document in one pass with a single <see cref="XmlTextReader"/> over the response stream,
        /// configured as AWSSDK.Core's <see cref="XmlUnmarshallerContext"/> configures its own (UTF-8 StreamReader,
        /// all whitespace reported, DTDs ignored, no character checks or newline normalization), so every element and
        /// text reads the same; what it skips is the context's per-node path and attribute bookkeeping, which made
        /// a 1000-job ListJobs page cost several times its parse. Error documents still go through the context
        /// (<see cref="UnmarshallException"/>).
        /// </summary>
        public override AmazonWebServiceResponse Unmarshall(XmlUnmarshallerContext context)
        {
            var result = CreateResult();
            var names = new string[16];
            var sawResult = false;
            var inResult = false;
            string? requestId = null;
            using (var text = new StreamReader(context.Stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true))
            using (var reader = new XmlTextReader(text) { WhitespaceHandling = WhitespaceHandling.All, DtdProcessing = DtdProcessing.Ignore, XmlResolver = null })
            {
                var positioned = false; // true when reading an element's text left the reader on the following node
                while (positioned || reader.Read())
                {
                    positioned = false;
                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        continue;
                    }

                    var depth = reader.Depth + 1; // 1 = the document element, as the context counts
                    var name = reader.LocalName;
                    if (depth < names.Length)
                    {
                        names[depth] = name;
                    }

                    if (depth == 1)
                    {
                        if (!string.Equals(name, ResponseElement, StringComparison.Ordinal))
                        {
                            throw new ImportExportResponseException($"The service answered {Operation} with a <{name}> document instead of <{ResponseElement}>.");
                        }

                        continue;
                    }

                    if (depth == ResultDepth)
                    {
                        inResult = string.Equals(name, ResultElement, StringComparison.Ordinal);
                        sawResult |= inResult;
                        continue;
                    }

                    var wanted = (inResult && depth < names.Length)
                        || (depth == 3 && names[ResultDepth] == "ResponseMetadata" && name == "RequestId");
                    if (!wanted)
                    {
                        continue;
                    }

                    var value = ReadElementText(reader, out positioned);
                    if (inResult)
                    {
                        OnElement(result, depth - ResultDepth, name, names[depth - 1], value);
                    }
                    else
                    {
                        requestId = value;
                    }
                }
            }

            if (!sawResult)
            {
                throw new ImportExportResponseException($"The service's answer to {Operation} has no <{ResultElement}> element.");
            }

            return new QueryResponse<TResult>(result) { ResponseMetadata = new ResponseMetadata { RequestId = requestId } };
        }

        /// <summary>
        /// The text directly inside the element the reader is on ("" for an empty or container element), as the
        /// context's ReadText gives it. Unless the element was empty, the reader is left on the node after the text
        /// (<paramref name="positioned"/> true), which the caller must look at before reading on.
        /// </summary>
        private static string ReadElementText(XmlTextReader reader, out bool positioned)
        {
            if (reader.IsEmptyElement)
            {
                positioned = false;
                return string.Empty;
            }

            positioned = true;
            if (!reader.Read())
            {
                positioned = false;
                return string.Empty;
            }

            return reader.NodeType == XmlNodeType.Text || reader.NodeType == XmlNodeType.Whitespace
                ? reader.ReadContentAsString()
                : string.Empty;
        }

        public override AmazonServiceException UnmarshallException(XmlUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode)
        {
            var error = XmlErrorResponseUnmarshaller.GetInstance().Unmarshall(context);
            var requestId = error.RequestId;
            if (string.IsNullOrEmpty(requestId) && context.ResponseData.IsHeaderPresent("x-amzn-RequestId"))
            {
                requestId = context.ResponseData.GetHeaderValue("x-amzn-RequestId");
            }

            var code = error.Code;
            var message = error.Message;
            var type = error.Type;
            if (string.IsNullOrEmpty(code))
            {
                // Not an Import/Export error document (a load balancer's page, a proxy's answer): name it by its status.
                code = Runtime.HttpErrors.DefaultCode((int)statusCode, ImportExportErrorCode.Throttling);
                message = Runtime.HttpErrors.Describe((int)statusCode, context.ResponseData.GetHeaderValue("Content-Type"), context.ResponseBody, "Import/Export");
                type = (int)statusCode >= 500 ? ErrorType.Receiver : ErrorType.Sender;
            }

            return new ImportExportException(message, innerException, type, code, requestId, statusCode);
        }

        protected abstract TResult CreateResult();

        /// <summary>Receives an element of the result: <paramref name="depth"/> 1 is a direct child, 2 a list member, 3 a member's field.</summary>
        protected abstract void OnElement(TResult result, int depth, string name, string parent, string text);

        protected static bool ParseBool(string text) => string.Equals(text.Trim(), "true", StringComparison.OrdinalIgnoreCase);

        protected static int? ParseInt(string text) =>
            int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : (int?)null;

        /// <summary>
        /// The instant the service sent, as a local time (Kind Local): what users read in tables and compare with
        /// Get-Date, in any time zone. The ...Utc companion properties give the same instant in UTC for exports.
        /// </summary>
        protected static DateTime? ParseDate(string text) =>
            DateTime.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
                ? DateTime.SpecifyKind(value, DateTimeKind.Utc).ToLocalTime()
                : (DateTime?)null;

        /// <summary>The job type's canonical name ("Import", "Export"), or null for a value the service never sends.</summary>
        protected static string? ParseJobType(string text) =>
            Enum.TryParse<JobType>(text.Trim(), ignoreCase: true, out var value) ? value.ToString() : null;

        /// <summary>Collects <c>ArtifactList/member/{Description,URL}</c> into <paramref name="artifacts"/>.</summary>
        protected static void OnArtifactElement(List<Artifact> artifacts, int depth, string name, string parent, string text)
        {
            if (depth == 2 && parent == "ArtifactList" && name == "member")
            {
                artifacts.Add(new Artifact(null, null));
            }
            else if (depth == 3 && parent == "member" && artifacts.Count > 0)
            {
                var last = artifacts[artifacts.Count - 1];
                if (name == "Description")
                {
                    artifacts[artifacts.Count - 1] = new Artifact(text, last.URL);
                }
                else if (name == "URL")
                {
                    artifacts[artifacts.Count - 1] = new Artifact(last.Description, text);
                }
            }
        }
    }
}
