using System;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace ImportExport.Runtime
{
    /// <summary>
    /// AWSSDK.Core's standard retry policy with the module's rules (<see cref="RetryRules"/>), installed in place of
    /// Core's by <see cref="ServicePipeline"/>, as aws-sdk-net's S3 client installs its own policy.
    /// </summary>
    internal sealed class StandardModuleRetryPolicy : StandardRetryPolicy
    {
        // Calls made outside a command (the engine used as a library) share one budget per client, as botocore's do.
        private readonly RetryBudget _clientBudget = new RetryBudget();

        public StandardModuleRetryPolicy(IClientConfig config, TimeSpan? maxBackoff)
            : base(config)
        {
            if (RetryRules.BackoffCap(maxBackoff) is { } cap)
            {
                MaxBackoffInMilliseconds = cap;
            }
        }

        /// <summary>
        /// Never: Core resends at once, outside the attempt count, up to 10 times, after what it takes for a pooled
        /// connection the server closed. An endpoint that resets every connection (or a timeout, which aborts the
        /// socket) then got 13 requests where the user allowed 3. Such failures are retried like any transient one:
        /// counted, with backoff, so that -MaxRetry, AWS_MAX_ATTEMPTS and the notices all speak of the same attempts.
        /// </summary>
        public override bool IsStaleConnectionError(Exception exception) => false;

        /// <summary>The command's retry budget pays for the retry (<see cref="RetryBudget"/>), not Core's process-wide quota.</summary>
        public override bool OnRetry(IExecutionContext executionContext, bool bypassAcquireCapacity, bool isThrottlingError) =>
            RetryBudget.Acquire(executionContext, bypassAcquireCapacity, _clientBudget) && base.OnRetry(executionContext, true, isThrottlingError);

        public override void NotifySuccess(IExecutionContext executionContext)
        {
            RetryBudget.Release(executionContext, _clientBudget);
            base.NotifySuccess(executionContext);
        }

        public override bool RetryForException(IExecutionContext executionContext, Exception exception) =>
            RetryRules.Settle(executionContext, exception, RetryRules.Verdict(executionContext, exception) ?? base.RetryForException(executionContext, exception));

        public override async Task<bool> RetryForExceptionAsync(IExecutionContext executionContext, Exception exception) =>
            RetryRules.Settle(executionContext, exception, RetryRules.Verdict(executionContext, exception) ?? await base.RetryForExceptionAsync(executionContext, exception).ConfigureAwait(false));
    }
}
