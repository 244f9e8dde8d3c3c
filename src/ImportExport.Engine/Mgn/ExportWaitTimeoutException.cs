using System;
using System.Globalization;

namespace ImportExport.Mgn
{
    /// <summary>An export had not ended when the wait's timeout passed. <see cref="Export"/> is its last known state.</summary>
    public sealed class ExportWaitTimeoutException : TimeoutException
    {
        public ExportWaitTimeoutException(ExportTask export, TimeSpan timeout)
            : base(string.Format(
                CultureInfo.InvariantCulture,
                "MGN export {0} was still {1} ({2:0.#}%) after {3} seconds.",
                export.ExportId,
                export.Status,
                export.ProgressPercentage ?? 0,
                timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)))
        {
            Export = export;
            Timeout = timeout;
        }

        public ExportTask Export { get; }

        public TimeSpan Timeout { get; }
    }
}
