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

        public override bool RetryForException(IExecutionContext executionContext, Exception exception) =>
            RetryRules.Settle(executionContext, exception, RetryRules.Verdict(executionContext, exception) ?? base.RetryForException(executionContext, exception));

        public override async Task<bool> RetryForExceptionAsync(IExecutionContext executionContext, Exception exception) =>
            RetryRules.Settle(executionContext, exception, RetryRules.Verdict(executionContext, exception) ?? await base.RetryForExceptionAsync(executionContext, exception).ConfigureAwait(false));
    }
}
