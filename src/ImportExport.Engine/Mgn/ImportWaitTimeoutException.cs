using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using ImportExport.Runtime;

namespace ImportExport.Mgn
{
    /// <summary>An import had not ended when the wait's timeout passed. <see cref="Import"/> is its last known state.</summary>
    public sealed class ImportWaitTimeoutException : TimeoutException
    {
        public ImportWaitTimeoutException(ImportTask import, TimeSpan timeout)
            : base(string.Format(
                CultureInfo.InvariantCulture,
                "MGN import {0} was still {1} ({2:0.#}%) after {3}.",
                import.ImportId,
                import.Status,
                import.ProgressPercentage ?? 0,
                Describe(timeout)))
        {
            Import = import;
            Timeout = timeout;
        }

        public ImportTask Import { get; }

        public TimeSpan Timeout { get; }

        private static string Describe(TimeSpan timeout) =>
            timeout.TotalSeconds < 120
                ? timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " seconds"
                : timeout.ToString("c", CultureInfo.InvariantCulture);
    }
}
