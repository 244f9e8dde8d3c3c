using System;

namespace ImportExport.Runtime
{
    /// <summary>Settings that cannot make a working client (bad endpoint, missing region ...).</summary>
    public sealed class ServiceConfigurationException : Exception
    {
        public ServiceConfigurationException(string reason, string message, Exception? inner = null)
            : base(message, inner)
        {
            Reason = reason;
        }

        /// <summary>A stable identifier of what is wrong (InvalidEndpoint, NoRegion, InvalidRegion ...).</summary>
        public string Reason { get; }
    }
}
