namespace ImportExport.Runtime
{
    /// <summary>What a failed attempt says about whether the service acted on the request.</summary>
    public enum FailureDelivery
    {
        /// <summary>The request never left the machine (no connection, no name, no TLS session): nothing was done.</summary>
        NotSent,

        /// <summary>The service answered that it did not act (a 4xx, throttling, 503): nothing was done.</summary>
        Rejected,

        /// <summary>It may have been carried out: the connection broke or timed out after sending, a 500/502/504, an unreadable answer.</summary>
        Unknown,

        /// <summary>The caller cancelled (Ctrl+C); whether it was sent is not a question anyone is waiting on.</summary>
        Cancelled,
    }
}
