using System;
using System.Globalization;

namespace ImportExport.Mgn
{
    /// <summary>
    /// An import had not ended when the wait's timeout passed. <see cref="Import"/> is its last known state, or null
    /// when no look had answered before the deadline (the request in flight then was cancelled).
    /// </summary>
    public sealed class ImportWaitTimeoutException : TimeoutException
    {
        public ImportWaitTimeoutException(ImportTask import, TimeSpan timeout)
            : this(import.ImportId ?? string.Empty, import, timeout)
        {
        }

        public ImportWaitTimeoutException(string importId, ImportTask? import, TimeSpan timeout)
            : base(import is null
                ? string.Format(CultureInfo.InvariantCulture, "No answer about MGN import {0} came within {1}; the request in flight was cancelled.", importId, Describe(timeout))
                : string.Format(
                    CultureInfo.InvariantCulture,
                    "MGN import {0} was still {1} ({2:0.#}%) after {3}.",
                    import.ImportId,
                    import.Status,
                    import.ProgressPercentage ?? 0,
                    Describe(timeout)))
        {
            ImportId = importId;
            Import = import;
            Timeout = timeout;
        }

        public string ImportId { get; }

        public ImportTask? Import { get; }

        public TimeSpan Timeout { get; }

        private static string Describe(TimeSpan timeout) =>
            timeout.TotalSeconds < 120
                ? timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " seconds"
                : timeout.ToString("c", CultureInfo.InvariantCulture);
    }
}
