using System;
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
    /// Core's signer step has no signer and fails. Plus our <see cref="AttemptHandler"/> inside Core's
    /// retry handler, and the configured cap on retry backoff.
    /// </summary>
    internal static class ServicePipeline
    {
        public static void Customize(RuntimePipeline pipeline, IClientConfig config)
        {
            pipeline.RemoveHandler<EndpointResolver>();
            pipeline.AddHandlerAfter<Marshaller>(new ConfiguredEndpointResolver());
            pipeline.AddHandlerAfter<Marshaller>(new SigV4AuthSchemeHandler());

            // Core chose the policy from RetryMode (standard or adaptive); it keeps deciding. We only see each attempt.
            pipeline.AddHandlerAfter<RetryHandler>(new AttemptHandler());
            pipeline.AddHandlerBefore<RetryHandler>(new FinalFailureHandler());
            if (config is AwsServiceConfig { MaxRetryBackoff: { } maxBackoff })
            {
                foreach (var handler in pipeline.Handlers)
                {
                    if (handler is RetryHandler { RetryPolicy: StandardRetryPolicy policy })
                    {
                        policy.MaxBackoffInMilliseconds = (int)Math.Max(0, Math.Min(int.MaxValue, maxBackoff.TotalMilliseconds));
                    }
                }
            }
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
