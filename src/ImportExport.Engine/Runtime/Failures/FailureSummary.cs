using System;
using System.Globalization;
using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>A short account of a failure for notices and messages: the error code and status, or the exception type and message.</summary>
    internal static class FailureSummary
    {
        private const int MaxMessageLength = 160;

        public static string Of(Exception exception)
        {
            switch (exception)
            {
                case AmazonServiceException service when !string.IsNullOrEmpty(service.ErrorCode):
                    return string.Format(CultureInfo.InvariantCulture, "{0}, HTTP {1}", service.ErrorCode, (int)service.StatusCode);
                case AmazonServiceException service:
                    return string.Format(CultureInfo.InvariantCulture, "HTTP {0}", (int)service.StatusCode);
                case OperationOutcomeUnknownException unknown:
                    return Of(unknown.Cause);
                case TimeoutException _:
                case OperationCanceledException _:
                    // The HTTP timeout's own words ("... HttpClient.Timeout of 100 seconds elapsing"), not those of the
                    // aborted socket read at the end of its chain.
                    return nameof(TimeoutException) + ": " + Shorten(exception.Message);
            }

            var innermost = exception;
            while (innermost.InnerException is not null)
            {
                innermost = innermost.InnerException;
            }

            // The innermost error alone ("SocketException: Connection reset by peer") does not say which side of
            // sending it happened on; the classifier does.
            var facts = FailureClassifier.Classify(exception);
            var what = !facts.IsTransport || facts.IsTimeout || facts.IsSecureChannel ? string.Empty
                : facts.Delivery == FailureDelivery.NotSent ? "could not connect: " : "the connection broke: ";
            return what + innermost.GetType().Name + ": " + Shorten(innermost.Message);
        }

        private static string Shorten(string? text)
        {
            var message = (text ?? string.Empty).Replace('\r', ' ').Replace('\n', ' ');
            return message.Length > MaxMessageLength ? message.Substring(0, MaxMessageLength - 3) + "..." : message;
        }
    }
}
