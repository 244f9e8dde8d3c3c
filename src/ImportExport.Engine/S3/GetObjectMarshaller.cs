using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace ImportExport.S3
{
    /// <summary>
    /// Marshals GetObject: <c>GET /{Bucket}/{Key+}</c> with <c>x-amz-checksum-mode: ENABLED</c>, so S3 sends the
    /// object's checksum and the reader can verify the bytes it received.
    /// </summary>
    internal sealed class GetObjectMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        public static readonly GetObjectMarshaller Instance = new GetObjectMarshaller();

        public IRequest Marshall(AmazonWebServiceRequest input)
        {
            var request = (GetObjectRequest)input;
            IRequest wire = new DefaultRequest(request, S3ClientConfig.ServiceIdValue)
            {
                HttpMethod = "GET",
                ResourcePath = "/{Bucket}/{Key+}",
                UseDoubleEncoding = false,
            };
            wire.AddPathResource("{Bucket}", request.BucketName);
            wire.AddPathResource("{Key+}", request.Key);
            wire.Headers["x-amz-checksum-mode"] = "ENABLED";
            if (!string.IsNullOrEmpty(request.ExpectedBucketOwner))
            {
                wire.Headers["x-amz-expected-bucket-owner"] = request.ExpectedBucketOwner;
            }

            return wire;
        }
    }
}
