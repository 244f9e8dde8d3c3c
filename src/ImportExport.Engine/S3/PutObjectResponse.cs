using Amazon.Runtime;

namespace ImportExport.S3
{
    /// <summary>The wrapper Core's pipeline carries a PutObject result in.</summary>
    internal sealed class PutObjectResponse : AmazonWebServiceResponse
    {
        public PutObjectResult Result { get; set; } = new PutObjectResult();
    }
}
