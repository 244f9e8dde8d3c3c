using Amazon.Runtime;

namespace ImportExport.S3
{
    /// <summary>The wrapper Core's pipeline carries a GetObject result in.</summary>
    internal sealed class GetObjectResponse : AmazonWebServiceResponse
    {
        public GetObjectResult Result { get; set; } = new GetObjectResult();
    }
}
