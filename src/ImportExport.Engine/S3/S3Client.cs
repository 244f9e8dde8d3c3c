using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using ImportExport.Runtime;

namespace ImportExport.S3
{
    /// <summary>
    /// A small client for the S3 operations MGN imports and exports need, PutObject and GetObject, on AWSSDK.Core's pipeline: SigV4 as
    /// <c>s3</c> (the payload hash in x-amz-content-sha256), a SHA-256 checksum and Content-MD5 of the body,
    /// virtual-hosted or path-style addressing. Thread-safe.
    /// </summary>
    public sealed class S3Client : AmazonServiceClient
    {
        public S3Client(AWSCredentials credentials, S3ClientConfig config)
            : base(credentials, config)
        {
        }

        private S3ClientConfig S3Config => (S3ClientConfig)Config;

        protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
        {
            ServicePipeline.Customize(pipeline, Config);
            pipeline.AddHandlerBefore<Signer>(new VirtualHostHandler(S3Config));
        }

        public PutObjectResult PutObject(PutObjectRequest request)
        {
            var options = new InvokeOptions { RequestMarshaller = PutObjectMarshaller.Instance, ResponseUnmarshaller = PutObjectResponseReader.Instance };
            return Invoke<PutObjectResponse>(request, options).Result;
        }

        public async Task<PutObjectResult> PutObjectAsync(PutObjectRequest request, CancellationToken cancellationToken = default)
        {
            var options = new InvokeOptions { RequestMarshaller = PutObjectMarshaller.Instance, ResponseUnmarshaller = PutObjectResponseReader.Instance };
            var response = await InvokeAsync<PutObjectResponse>(request, options, cancellationToken).ConfigureAwait(false);
            return response.Result;
        }

        /// <summary>Reads one object whole, its checksum verified (see <see cref="GetObjectResponseReader"/>).</summary>
        public async Task<GetObjectResult> GetObjectAsync(GetObjectRequest request, CancellationToken cancellationToken = default)
        {
            var options = new InvokeOptions { RequestMarshaller = GetObjectMarshaller.Instance, ResponseUnmarshaller = GetObjectResponseReader.Instance };
            var response = await InvokeAsync<GetObjectResponse>(request, options, cancellationToken).ConfigureAwait(false);
            return response.Result;
        }

        /// <summary>
        /// Moves the bucket from the path into the host (bucket.s3.region.amazonaws.com/key) once the endpoint is
        /// known and before the request is signed, unless the configuration or the bucket's name asks for path-style.
        /// </summary>
        private sealed class VirtualHostHandler : PipelineHandler
        {
            private readonly S3ClientConfig _config;

            public VirtualHostHandler(S3ClientConfig config) => _config = config;

            public override void InvokeSync(IExecutionContext executionContext)
            {
                Apply(executionContext.RequestContext.Request);
                base.InvokeSync(executionContext);
            }

            public override Task<T> InvokeAsync<T>(IExecutionContext executionContext)
            {
                Apply(executionContext.RequestContext.Request);
                return base.InvokeAsync<T>(executionContext);
            }

            private void Apply(IRequest request)
            {
                if (!request.PathResources.TryGetValue("{Bucket}", out var bucket) || !_config.UsesVirtualHost(bucket, request.Endpoint))
                {
                    return;
                }

                var builder = new UriBuilder(request.Endpoint) { Host = bucket + "." + request.Endpoint.Host };
                request.Endpoint = builder.Uri;
                request.ResourcePath = "/{Key+}";
                request.PathResources.Remove("{Bucket}");
            }
        }
    }
}
