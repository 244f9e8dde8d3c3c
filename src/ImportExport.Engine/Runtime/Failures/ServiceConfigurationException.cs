using System;
using System.Collections.Generic;

namespace ImportExport.Runtime
{
    /// <summary>Settings that cannot make a working client (bad endpoint, missing region ...).</summary>
    public sealed class ServiceConfigurationException : Exception
    {
        private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

        public ServiceConfigurationException(string reason, string message, Exception? inner = null, IReadOnlyDictionary<string, string>? particulars = null)
            : base(message, inner)
        {
            Reason = reason;
            Particulars = particulars ?? None;
        }

        /// <summary>A stable identifier of what is wrong (InvalidEndpoint, NoRegion, InvalidRegion ...).</summary>
        public string Reason { get; }

        /// <summary>The named values the failure is about (the files of an AWSSDK.Core conflict ...), for the cmdlet layer's words.</summary>
        public IReadOnlyDictionary<string, string> Particulars { get; }
    }
}
