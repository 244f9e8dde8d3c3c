using System;

namespace ImportExport.Mgn
{
    /// <summary>An export ended FAILED. <see cref="Export"/> is its final state.</summary>
    public sealed class ExportFailedException : Exception
    {
        public ExportFailedException(ExportTask export, int? errorCount)
            : base(errorCount is { } count
                ? $"MGN export {export.ExportId} FAILED with {count} error(s)."
                : $"MGN export {export.ExportId} FAILED.")
        {
            Export = export;
            ErrorCount = errorCount;
        }

        public ExportTask Export { get; }

        /// <summary>How many ListExportErrors entries the export has; null if they could not be counted.</summary>
        public int? ErrorCount { get; }
    }
}
