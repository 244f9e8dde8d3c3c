namespace ImportExport.Runtime
{
    /// <summary>What kind of failure a call ended in.</summary>
    public enum FailureKind
    {
        /// <summary>The service answered with an error code.</summary>
        Service,

        /// <summary>The service could not be reached, or the connection broke, after the retries.</summary>
        Transport,

        /// <summary>The service's answer could not be understood.</summary>
        InvalidResponse,

        /// <summary>No usable credentials.</summary>
        Credentials,

        /// <summary>Settings that cannot make a working client (endpoint, region).</summary>
        Configuration,

        /// <summary>Another client-side failure.</summary>
        Client,

        /// <summary>A request that is not idempotent failed without saying whether it was carried out; it was not retried.</summary>
        OutcomeUnknown,

        /// <summary>The TLS session could not be established securely (certificate or protocol).</summary>
        InsecureChannel,
    }
}
