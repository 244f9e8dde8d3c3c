namespace ImportExport.Runtime
{
    /// <summary>What <see cref="FailureClassifier"/> found out about one failure.</summary>
    public sealed class FailureFacts
    {
        internal FailureFacts(FailureDelivery delivery, bool transient, bool transport, bool timedOut, bool secureChannel, bool throttled, string reason)
        {
            Delivery = delivery;
            IsTransient = transient;
            IsTransport = transport;
            IsTimeout = timedOut;
            IsSecureChannel = secureChannel;
            IsThrottling = throttled;
            Reason = reason;
        }

        public FailureDelivery Delivery { get; }

        /// <summary>The request may have been carried out (see <see cref="FailureDelivery.Unknown"/>).</summary>
        public bool MayHaveBeenCarriedOut => Delivery == FailureDelivery.Unknown;

        /// <summary>Trying again later may work: throttling, a 5xx, a broken connection, a timeout, a failure to connect.</summary>
        public bool IsTransient { get; }

        /// <summary>No answer of the service came at all: the connection failed, broke or timed out.</summary>
        public bool IsTransport { get; }

        /// <summary>No answer came before the HTTP timeout (not a cancellation the caller asked for).</summary>
        public bool IsTimeout { get; }

        /// <summary>The TLS session could not be established securely (certificate or protocol): never retried.</summary>
        public bool IsSecureChannel { get; }

        /// <summary>The service throttled the request (a throttling error code or HTTP 429).</summary>
        public bool IsThrottling { get; }

        /// <summary>For an unknown outcome, what happened in a few words ("no answer came before the timeout"); else empty.</summary>
        public string Reason { get; }
    }
}
