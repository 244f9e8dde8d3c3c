using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The endpoint answered with something that is not a response of the service: a redirect, a status the
    /// service never sends with that body, a body larger than any real answer. Not retried.
    /// </summary>
    public sealed class InvalidServiceResponseException : AmazonClientException
    {
        public InvalidServiceResponseException(string message, int statusCode = 0)
            : base(message)
        {
            StatusCode = statusCode;
        }

        /// <summary>The HTTP status of the answer, or 0 when it did not matter.</summary>
        public int StatusCode { get; }
    }
}
