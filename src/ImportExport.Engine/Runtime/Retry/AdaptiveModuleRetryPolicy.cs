using System;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace ImportExport.Runtime
{
    /// <summary>
    /// AWSSDK.Core's adaptive retry policy (client-side rate limiting after throttling) with the module's rules
    /// (<see cref="RetryRules"/>), for retry_mode adaptive. A twin of <see cref="StandardModuleRetryPolicy"/>: Core's two
    /// policies are separate classes, so each gets its own subclass and both delegate to the same rules.
    /// </summary>
    internal sealed class AdaptiveModuleRetryPolicy : AdaptiveRetryPolicy
    {
        // Calls made outside a command (the engine used as a library) share one budget per client, as botocore's do.
        private readonly RetryBudget _clientBudget = new RetryBudget();

        public AdaptiveModuleRetryPolicy(IClientConfig config, TimeSpan? maxBackoff)
            : base(config)
        {
            if (RetryRules.BackoffCap(maxBackoff) is { } cap)
            {
                MaxBackoffInMilliseconds = cap;
            }
        }

        /// <summary>Never, as in <see cref="StandardModuleRetryPolicy.IsStaleConnectionError"/>: every resend is a counted attempt.</summary>
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
