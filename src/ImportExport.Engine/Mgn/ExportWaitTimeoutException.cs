using System;

namespace ImportExport.Mgn
{
    /// <summary>
    /// An export had not ended when the wait's timeout passed. <see cref="Export"/> is its last known state, or null
    /// when no look had answered before the deadline (the request in flight then was cancelled).
    /// </summary>
    public sealed class ExportWaitTimeoutException : TimeoutException
    {
        public ExportWaitTimeoutException(ExportTask export, TimeSpan timeout)
            : this(export.ExportId ?? string.Empty, export, timeout)
        {
        }

        public ExportWaitTimeoutException(string exportId, ExportTask? export, TimeSpan timeout)
            : base(WaitTimeoutMessage.For("export", export?.ExportId ?? exportId, export is null ? null : export.Status ?? string.Empty, export?.ProgressPercentage, timeout))
        {
            ExportId = exportId;
            Export = export;
            Timeout = timeout;
        }

        public string ExportId { get; }

        public ExportTask? Export { get; }

        public TimeSpan Timeout { get; }
    }
}
