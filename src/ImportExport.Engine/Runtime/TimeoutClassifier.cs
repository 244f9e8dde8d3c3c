using System;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Whether a failed attempt was the HTTP timeout. .NET throws a TaskCanceledException whose inner exception is
    /// a TimeoutException; .NET Framework's HttpClient throws a TaskCanceledException with no inner exception at
    /// all; on the asynchronous path (every cmdlet, so that Ctrl+C cancels) AWSSDK.Core throws its own
    /// TimeoutException. Each is a timeout unless the caller asked to cancel (Ctrl+C), which stays a cancellation.
    /// </summary>
    internal static class TimeoutClassifier
    {
        public static bool IsHttpTimeout(Exception exception, bool callerCancelled) =>
            !callerCancelled && (exception is TimeoutException || exception is OperationCanceledException);
    }
}
