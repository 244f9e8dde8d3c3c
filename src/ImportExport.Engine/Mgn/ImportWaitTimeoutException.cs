using System;

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
            : base(WaitTimeoutMessage.For("import", import?.ImportId ?? importId, import is null ? null : import.Status ?? string.Empty, import?.ProgressPercentage, timeout))
        {
            ImportId = importId;
            Import = import;
            Timeout = timeout;
        }

        public string ImportId { get; }

        public ImportTask? Import { get; }

        public TimeSpan Timeout { get; }
    }
}
