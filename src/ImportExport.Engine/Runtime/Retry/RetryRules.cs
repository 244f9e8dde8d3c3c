using System;
using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The module's retry decisions on top of AWSSDK.Core's (throttling, 5xx, transient I/O, clock skew), shared by
    /// <see cref="StandardModuleRetryPolicy"/> and <see cref="AdaptiveModuleRetryPolicy"/>:
    /// <list type="bullet">
    /// <item>a non-idempotent request (<see cref="INonIdempotentRequest"/>) is not resent after a failure that may
    /// have been carried out, unless its caller accepts a duplicate;</item>
    /// <item>a certificate or TLS protocol failure is never retried (Core would retry the IOException inside it);</item>
    /// <item>a request that never left the machine is retried on .NET Framework too, where the failure to connect is
    /// only a WebException status that Core's netstandard build does not read;</item>
    /// <item>the caller's cancellation is never retried.</item>
    /// </list>
    /// </summary>
    internal static class RetryRules
    {
        public static RetryPolicy CreatePolicy(IClientConfig config, TimeSpan? maxBackoff) =>
            config.RetryMode == RequestRetryMode.Adaptive
                ? new AdaptiveModuleRetryPolicy(config, maxBackoff)
                : new StandardModuleRetryPolicy(config, maxBackoff);

        /// <summary>The cap on one wait, in Core's unit; null keeps Core's default (20 s).</summary>
        public static int? BackoffCap(TimeSpan? maxBackoff) =>
            maxBackoff is { } cap ? (int)Math.Max(0, Math.Min(int.MaxValue, cap.TotalMilliseconds)) : (int?)null;

        /// <summary>Our verdict on retrying <paramref name="exception"/>, or null to let Core decide.</summary>
        public static bool? Verdict(IExecutionContext executionContext, Exception exception)
        {
            var context = executionContext.RequestContext;
            var facts = FailureClassifier.Classify(exception, context.CancellationToken.IsCancellationRequested);
            if (facts.Delivery == FailureDelivery.Cancelled || facts.IsSecureChannel)
            {
                return false;
            }

            if (MustNotResend(context, facts))
            {
                return false;
            }

            return facts.Delivery == FailureDelivery.NotSent && facts.IsTransient ? true : (bool?)null;
        }

        /// <summary>
        /// The non-idempotent guard, for the policy and for the final failure alike: a request that changes something
        /// each time (<see cref="INonIdempotentRequest"/>) must not be sent again after a failure that may have been
        /// carried out, unless its caller accepts a duplicate.
        /// </summary>
        public static bool MustNotResend(IRequestContext context, FailureFacts facts) =>
            facts.MayHaveBeenCarriedOut && context.OriginalRequest is INonIdempotentRequest request && !request.RetryWhenOutcomeUnknown;

        /// <summary>Records what a decision to retry leaves behind: an attempt that may have been carried out.</summary>
        public static bool Settle(IExecutionContext executionContext, Exception exception, bool retry)
        {
            var context = executionContext.RequestContext;
            if (retry && FailureClassifier.Classify(exception, context.CancellationToken.IsCancellationRequested).MayHaveBeenCarriedOut)
            {
                AttemptHistory.NoteUncertainAttempt(context);
            }

            return retry;
        }
    }
}
