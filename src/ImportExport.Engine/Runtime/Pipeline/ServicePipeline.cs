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
    /// Core's signer step has no signer and fails. Plus the module's retry policy and the handlers around it.
    /// </summary>
    internal static class ServicePipeline
    {
        public static void Customize(RuntimePipeline pipeline, IClientConfig config)
        {
            pipeline.RemoveHandler<EndpointResolver>();
            RemoveUnused(pipeline);
            pipeline.AddHandlerAfter<Marshaller>(new ConfiguredEndpointResolver());
            pipeline.AddHandlerAfter<Marshaller>(new SigV4AuthSchemeHandler());

            // Every retry decision is the policy's (Core's rules plus the module's, see RetryRules), installed in
            // place of the one Core chose; the handlers inside it observe and reshape each attempt, the one outside
            // the final failure. Added inside-out: the last one added sits just inside the RetryHandler.
            var maxBackoff = (config as AwsServiceConfig)?.MaxRetryBackoff;
            pipeline.ReplaceHandler<RetryHandler>(new RetryHandler(RetryRules.CreatePolicy(config, maxBackoff)));
            pipeline.AddHandlerAfter<RetryHandler>(new ResponseShapeHandler());
            pipeline.AddHandlerAfter<RetryHandler>(new SecretRedactionHandler());
            pipeline.AddHandlerAfter<RetryHandler>(new AttemptNoticeHandler());
            pipeline.AddHandlerBefore<RetryHandler>(new FinalFailureHandler());

            // Each attempt is signed with one read of the credentials (key, secret and token of the same refresh).
            pipeline.AddHandlerBefore<Signer>(new CredentialSnapshotHandler());
        }

        /// <summary>
        /// Removes the handlers of Core's that have nothing to do for these clients. The three CallbackHandlers and the
        /// ErrorCallbackHandler only raise the client's and the request's events (BeforeMarshallingEvent, BeforeRequestEvent,
        /// AfterResponseEvent, ExceptionEvent), to which nothing subscribes: the clients are the module's own, in its own
        /// load context, and no request of ours registers a handler. The MetricsHandler times the call for AWSSDK.Core's
        /// metrics log and its telemetry providers, neither of which the module turns on or lets anything reach. The
        /// EndpointDiscoveryHandler acts only for operations with an endpoint-discovery marshaller, which none here has.
        /// Each is an asynchronous state machine a fresh process JIT-compiles on its first request (about 40 methods for
        /// the four kinds, the largest share of a first command's JIT work that the module itself decides) and a hop on
        /// every request.
        /// </summary>
        private static void RemoveUnused(RuntimePipeline pipeline)
        {
            foreach (var handler in pipeline.Handlers)
            {
                switch (handler)
                {
                    case CallbackHandler _:
                        pipeline.RemoveHandler<CallbackHandler>();
                        break;
                    case ErrorCallbackHandler _:
                        pipeline.RemoveHandler<ErrorCallbackHandler>();
                        break;
                    case MetricsHandler _:
                        pipeline.RemoveHandler<MetricsHandler>();
                        break;
                    case EndpointDiscoveryHandler _:
                        pipeline.RemoveHandler<EndpointDiscoveryHandler>();
                        break;
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
