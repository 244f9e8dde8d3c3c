namespace ImportExport.Runtime
{
    /// <summary>A short account of a failure for notices and messages: the error code and status, or the exception type and message.</summary>
    internal static class FailureSummary
    {
        private const int MaxMessageLength = 160;

        public static string Of(System.Exception exception)
        {
            var facts = FailureClassifier.Classify(exception);
            if (facts.Summary.Length > 0)
            {
                return facts.Summary;
            }

            var innermost = exception;
            while (innermost.InnerException is not null)
            {
                innermost = innermost.InnerException;
            }

            // The innermost error alone ("SocketException: Connection reset by peer") does not say which side of
            // sending it happened on; the classifier does.
            var what = !facts.IsTransport || facts.IsTimeout || facts.IsSecureChannel ? string.Empty
                : facts.Delivery == FailureDelivery.NotSent ? "could not connect: " : "the connection broke: ";
            return what + innermost.GetType().Name + ": " + Shorten(innermost.Message);
        }

        internal static string Shorten(string? text)
        {
            var message = (text ?? string.Empty).Replace('\r', ' ').Replace('\n', ' ');
            return message.Length > MaxMessageLength ? message.Substring(0, MaxMessageLength - 3) + "..." : message;
        }
    }
}
