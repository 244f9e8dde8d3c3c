using System;
using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace ImportExport.S3
{
    /// <summary>Marshals PutObject: <c>PUT /{Bucket}/{Key+}</c> (the bucket moves into the host for virtual-hosted addressing, see <see cref="S3Client"/>).</summary>
    internal sealed class PutObjectMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        public static readonly PutObjectMarshaller Instance = new PutObjectMarshaller();

        public IRequest Marshall(AmazonWebServiceRequest input)
        {
            var request = (PutObjectRequest)input;
            IRequest wire = new DefaultRequest(request, S3ClientConfig.ServiceIdValue)
            {
                HttpMethod = "PUT",
                ResourcePath = "/{Bucket}/{Key+}",
                UseDoubleEncoding = false,
            };
            wire.AddPathResource("{Bucket}", request.BucketName);
            wire.AddPathResource("{Key+}", request.Key);
            wire.Headers["Content-Type"] = request.ContentType;
            using (var sha = SHA256.Create())
            using (var md5 = MD5.Create())
            {
                // A checksum of the body: S3 refuses the object when the bytes it received differ.
                wire.Headers["x-amz-checksum-sha256"] = Convert.ToBase64String(sha.ComputeHash(request.Body));
                wire.Headers["Content-MD5"] = Convert.ToBase64String(md5.ComputeHash(request.Body));
            }

            if (!string.IsNullOrEmpty(request.ExpectedBucketOwner))
            {
                wire.Headers["x-amz-expected-bucket-owner"] = request.ExpectedBucketOwner;
            }

            wire.Content = request.Body;
            return wire;
        }
    }
}
