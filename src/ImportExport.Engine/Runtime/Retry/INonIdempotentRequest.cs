
namespace ImportExport.Runtime
{
    /// <summary>
    /// A request that changes something each time it is processed (CreateJob makes a new job every time), so a
    /// failure after it may have reached the service must not be retried blindly.
    /// </summary>
    internal interface INonIdempotentRequest
    {
        /// <summary>The caller accepts a possible duplicate: retry even when the outcome of an attempt is unknown.</summary>
        bool RetryWhenOutcomeUnknown { get; }
    }
}
