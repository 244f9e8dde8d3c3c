using Amazon.Runtime;

namespace ImportExport.Mgn
{
    internal sealed class JsonResponse<TResult> : AmazonWebServiceResponse
    {
        public TResult Result { get; set; } = default!;
    }
}
