using Amazon.Runtime;

namespace ImportExport.IE
{
    /// <summary>The AmazonWebServiceResponse the pipeline needs, carrying the parsed result.</summary>
    internal sealed class QueryResponse<TResult> : AmazonWebServiceResponse
    {
        public QueryResponse()
        {
        }

        public QueryResponse(TResult result) => Result = result;

        public TResult Result { get; set; } = default!;
    }
}
