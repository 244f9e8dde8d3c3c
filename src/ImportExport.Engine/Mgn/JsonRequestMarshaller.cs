using System.IO;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace ImportExport.Mgn
{
    /// <summary>Marshals an <see cref="MgnRequest"/> as rest-json: <c>POST /Operation</c> with a JSON body.</summary>
    internal sealed class JsonRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        public static readonly JsonRequestMarshaller Instance = new JsonRequestMarshaller();

        public IRequest Marshall(AmazonWebServiceRequest input)
        {
            var request = (MgnRequest)input;
            IRequest wire = new DefaultRequest(request, MgnClientConfig.ServiceIdValue)
            {
                HttpMethod = "POST",
                ResourcePath = request.ResourcePath,
            };
            wire.Headers["Content-Type"] = "application/json";
            wire.Headers["X-Amz-Api-Version"] = MgnClientConfig.ApiVersionValue;

            // A plain buffer, not Core's pooled streams: the net472 build of Core that Windows
            // PowerShell loads does not have them.
            using (var buffer = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(buffer))
                {
                    request.WriteBody(writer);
                }

                wire.Content = buffer.ToArray();
            }

            return wire;
        }
    }
}
