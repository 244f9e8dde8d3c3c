using System.Collections.Generic;
using Amazon.Runtime;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The two pipeline handlers every generated AWS SDK client adds: endpoint resolution and the
    /// choice of auth scheme. Both services here sign with SigV4 only; without an auth handler
    /// Core's signer step has no signer and fails.
    /// </summary>
    internal static class ServicePipeline
    {
        public static void Customize(RuntimePipeline pipeline)
        {
            pipeline.RemoveHandler<EndpointResolver>();
            pipeline.AddHandlerAfter<Marshaller>(new ConfiguredEndpointResolver());
            pipeline.AddHandlerAfter<Marshaller>(new SigV4AuthSchemeHandler());
        }

        private sealed class ConfiguredEndpointResolver : BaseEndpointResolver
        {
            protected override EndpointParameters MapEndpointsParameters(IRequestContext requestContext) => new EndpointParameters();
        }

        private sealed class SigV4AuthSchemeHandler : BaseAuthResolverHandler
        {
            protected override List<IAuthSchemeOption> ResolveAuthOptions(IExecutionContext executionContext) => AuthSchemeOption.DEFAULT_SIGV4;
        }
    }
}
