using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace ImportExport.IE
{
    /// <summary>
    /// Marshals any <see cref="ImportExportRequest"/> the way the query protocol does: <c>POST /?Operation=X</c>
    /// with a form body of <c>Action</c>, <c>Version</c> and the operation's parameters (as botocore sends it).
    /// </summary>
    internal sealed class QueryRequestMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        public static readonly QueryRequestMarshaller Instance = new QueryRequestMarshaller();

        public IRequest Marshall(AmazonWebServiceRequest input)
        {
            var request = (ImportExportRequest)input;
            IRequest wire = new DefaultRequest(request, ImportExportClientConfig.ServiceIdValue)
            {
                HttpMethod = "POST",
                ResourcePath = "/",
            };
            wire.AddSubResource("Operation", request.Action);
            wire.Parameters["Action"] = request.Action;
            wire.Parameters["Version"] = ImportExportClientConfig.ApiVersionValue;
            request.WriteParameters(wire.Parameters);
            return wire;
        }
    }
}
