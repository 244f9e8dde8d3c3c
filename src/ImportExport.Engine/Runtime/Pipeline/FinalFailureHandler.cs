using System;
using System.Globalization;
using System.Security.Authentication;
using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Sits just outside AWSSDK.Core's RetryHandler and sees only the final failure of a call, once the policy has
    /// stopped retrying. It gives the failure the module's own shape, by asking <see cref="FailureClassifier"/>:
    /// <list type="bullet">
    /// <item>a certificate or TLS failure becomes <see cref="TransportSecurityException"/>;</item>
    /// <item>a non-idempotent request whose last attempt may have been carried out becomes
    ///   <see cref="OperationOutcomeUnknownException"/>;</item>
    /// <item>any other transport failure (Core lets IOException, HttpRequestException and TaskCanceledException
    ///   through as they are) becomes <see cref="ServiceUnreachableException"/>;</item>
    /// <item>an earlier attempt that may have been carried out is stamped on whatever is thrown (<see cref="AttemptHistory"/>).</item>
    /// </list>
    /// Reshaping earlier, per attempt, would change what Core's policy sees.
    /// </summary>
    internal sealed class FinalFailureHandler : ReshapingHandler
    {
        protected override Exception Reshape(IExecutionContext executionContext, Exception exception)
        {
            var context = executionContext.RequestContext;
            var final = Replacement(context, exception) ?? exception;
            if (AttemptHistory.HadUncertainAttempt(context))
            {
                AttemptHistory.Stamp(final);
            }

            return final;
        }

        private static Exception? Replacement(IRequestContext context, Exception exception)
        {
            var facts = FailureClassifier.Classify(exception, context.CancellationToken.IsCancellationRequested);
            var ours = exception is AmazonServiceException || exception is AmazonClientException;
            if (facts.Delivery == FailureDelivery.Cancelled || exception is OperationOutcomeUnknownException)
            {
                return null;
            }

            if (facts.IsSecureChannel && !ours)
            {
                return SecurityFailure(context, exception);
            }

            if (RetryRules.MustNotResend(context, facts))
            {
                var operation = RequestNames.Operation(context);
                RetryNotices.Publish($"{operation}: attempt {context.Retries + 1} failed ({FailureSummary.Of(exception)}); not retried: the request may have been carried out.");
                return new OperationOutcomeUnknownException(operation, facts.Reason, exception);
            }

            if (ours || !facts.IsTransport)
            {
                return null;
            }

            var endpoint = RequestNames.Endpoint(context);
            var what = facts.IsTimeout ? $"no answer came from {endpoint} in time" : $"the connection to {endpoint} failed";
            return new ServiceUnreachableException(
                string.Format(CultureInfo.InvariantCulture, "{0}: {1} ({2}), after {3} attempt(s).", RequestNames.Operation(context), what, FailureSummary.Of(exception), context.Retries + 1),
                exception,
                facts.IsTimeout);
        }

        // .NET Framework reports it as a WebException status (SecureChannelFailure, TrustFailure), often without an
        // AuthenticationException inside; .NET as the AuthenticationException.
        private static TransportSecurityException SecurityFailure(IRequestContext context, Exception exception)
        {
            var endpoint = RequestNames.Endpoint(context);
            var web = WebExceptionClassifier.Find(exception);
            if (web is not null && WebExceptionClassifier.Classify(web.Status) == WebFailureKind.SecureChannel)
            {
                return TransportSecurityException.FromWebStatus(endpoint, web);
            }

            for (var e = exception; e is not null; e = e.InnerException)
            {
                if (e is AuthenticationException authentication)
                {
                    return new TransportSecurityException(endpoint, authentication);
                }
            }

            return new TransportSecurityException(endpoint, exception);
        }
    }
}
