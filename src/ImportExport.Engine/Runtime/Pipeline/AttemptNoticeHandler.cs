using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Tasks;
using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Sits just inside AWSSDK.Core's RetryHandler, so it sees every attempt of a call, and tells the listeners of
    /// <see cref="RetryNotices"/> (a cmdlet's -Verbose) about each retry: which attempt failed, why, and how long
    /// the policy waited. It only observes: the failure goes on unchanged.
    /// </summary>
    /// <remarks>
    /// A <see cref="ReshapingHandler"/> whose reshaping only remembers the failure (it returns it unchanged, so it is
    /// rethrown as it was): the handlers around the RetryHandler then share one asynchronous state machine, which a
    /// fresh process JIT-compiles once instead of once per handler.
    /// </remarks>
    internal sealed class AttemptNoticeHandler : ReshapingHandler
    {
        private const string StateKey = "ImportExport.LastFailedAttempt";

        public override void InvokeSync(IExecutionContext executionContext)
        {
            BeforeAttempt(executionContext.RequestContext);
            base.InvokeSync(executionContext);
        }

        // Not async: the notice is published before the attempt starts, as before; the waiting is the base class's.
        public override Task<T> InvokeAsync<T>(IExecutionContext executionContext)
        {
            BeforeAttempt(executionContext.RequestContext);
            return base.InvokeAsync<T>(executionContext);
        }

        protected override Exception Reshape(IExecutionContext executionContext, Exception exception)
        {
            Remember(executionContext.RequestContext, exception);
            return exception;
        }

        private static void BeforeAttempt(IRequestContext context)
        {
            if (!context.ContextAttributes.TryGetValue(StateKey, out var value) || value is not FailedAttempt failed)
            {
                return;
            }

            context.ContextAttributes.Remove(StateKey);
            RetryNotices.Publish(string.Format(
                CultureInfo.InvariantCulture,
                "{0}: attempt {1} failed ({2}); retry {3} of {4} after {5:0.00} s.",
                RequestNames.Operation(context),
                failed.Attempt,
                FailureSummary.Of(failed.Failure),
                context.Retries,
                context.ClientConfig.MaxErrorRetry,
                failed.Since.Elapsed.TotalSeconds));
        }

        // Every resend is a counted retry (see StandardModuleRetryPolicy.IsStaleConnectionError): attempt = Retries + 1.
        private static void Remember(IRequestContext context, Exception failure) =>
            context.ContextAttributes[StateKey] = new FailedAttempt(context.Retries + 1, failure);

        private sealed class FailedAttempt
        {
            public FailedAttempt(int attempt, Exception failure)
            {
                Attempt = attempt;
                Failure = failure;
            }

            public int Attempt { get; }

            public Exception Failure { get; }

            public Stopwatch Since { get; } = Stopwatch.StartNew();
        }
    }
}
