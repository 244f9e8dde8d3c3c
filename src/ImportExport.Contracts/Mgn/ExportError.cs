using System;

namespace ImportExport.Mgn
{
    /// <summary>
    /// One error of an export (a ListExportErrors item, flat): the API gives only a time and a raw text, so the
    /// export's id is added to say which export it belongs to.
    /// </summary>
    public sealed class ExportError
    {
        public string? ExportId { get; set; }
        public string? RawError { get; set; }
        public DateTime? ErrorDateTime { get; set; }

        /// <summary>ErrorDateTime in UTC (Kind Utc): the same instant, for exports that must not depend on the reader's time zone.</summary>
        public DateTime? ErrorDateTimeUtc => ErrorDateTime?.ToUniversalTime();

        /// <summary>The id of the export, so that a string parameter (-ExportId) gets it.</summary>
        public override string ToString() => ExportId ?? string.Empty;
    }
}
