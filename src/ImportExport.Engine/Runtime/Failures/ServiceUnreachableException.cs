using System;
using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>The service could not be reached, or did not answer in time, after every attempt.</summary>
    public sealed class ServiceUnreachableException : AmazonClientException
    {
        public ServiceUnreachableException(string message, Exception innerException, bool timedOut)
            : base(message, innerException)
        {
            TimedOut = timedOut;
        }

        /// <summary>True when the last attempt timed out rather than failed to connect or lost its connection.</summary>
        public bool TimedOut { get; }
    }
}
