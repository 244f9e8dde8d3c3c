using System;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Just outside AWSSDK.Core's Signer, once per attempt: the request's credentials are read once and the signer
    /// gets that one set of keys. Core's Signer reads the credentials for the session token, then the signer reads
    /// them again for the key and secret; credentials refreshed in between gave a request whose token came from one
    /// STS answer and whose signature from another (InvalidClientTokenId). Each attempt takes a new snapshot from the
    /// command's credentials, so a retry after an expiry signs with the renewed keys.
    /// </summary>
    internal sealed class CredentialSnapshotHandler : PipelineHandler
    {
        public override void InvokeSync(IExecutionContext executionContext)
        {
            var context = executionContext.RequestContext;
            if (Source(context) is { } source)
            {
                context.Identity = new SnapshotCredentials(source, source.GetCredentials());
            }

            base.InvokeSync(executionContext);
        }

        public override Task<T> InvokeAsync<T>(IExecutionContext executionContext)
        {
            var context = executionContext.RequestContext;
            if (Source(context) is not { } source)
            {
                return base.InvokeAsync<T>(executionContext);
            }

            // Keys from the environment, a profile or a cache are there at once: no state machine to build (and, in a
            // fresh process, to JIT-compile) for them. Only a refresh still under way (assume-role, SSO) is awaited.
            Task<ImmutableCredentials> credentials;
            try
            {
                credentials = source.GetCredentialsAsync();
            }
            catch (Exception ex)
            {
                // As the awaiting method did: the failure travels in the task, not up this caller's stack.
                var failed = new TaskCompletionSource<T>();
                failed.SetException(ex);
                return failed.Task;
            }

            if (credentials.Status == TaskStatus.RanToCompletion)
            {
                context.Identity = new SnapshotCredentials(source, credentials.Result);
                return base.InvokeAsync<T>(executionContext);
            }

            return InvokeAfterAsync<T>(executionContext, source, credentials);
        }

        private async Task<T> InvokeAfterAsync<T>(IExecutionContext executionContext, AWSCredentials source, Task<ImmutableCredentials> credentials)
            where T : AmazonWebServiceResponse, new()
        {
            executionContext.RequestContext.Identity = new SnapshotCredentials(source, await credentials.ConfigureAwait(false));
            return await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
        }

        private static AWSCredentials? Source(IRequestContext context) =>
            context.Identity is SnapshotCredentials snapshot ? snapshot.Source : context.Identity as AWSCredentials;

        /// <summary>One read of <see cref="Source"/>: the same key, secret and token however often it is asked.</summary>
        private sealed class SnapshotCredentials : AWSCredentials
        {
            private readonly ImmutableCredentials _credentials;

            public SnapshotCredentials(AWSCredentials source, ImmutableCredentials credentials)
            {
                Source = source;
                _credentials = credentials;
            }

            public AWSCredentials Source { get; }

            public override DateTime? Expiration => Source.Expiration;

            public override ImmutableCredentials GetCredentials() => _credentials;

            public override Task<ImmutableCredentials> GetCredentialsAsync() => Task.FromResult(_credentials);
        }
    }
}
