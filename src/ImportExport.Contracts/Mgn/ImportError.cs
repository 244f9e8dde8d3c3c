using System;

namespace ImportExport.Mgn
{
    /// <summary>
    /// One row-level error of an import, flat (ListImportErrors item with its errorData). The properties are declared
    /// in the order Export-Csv writes its columns: which import, which row, what is wrong, what it concerns, when.
    /// </summary>
    public sealed class ImportError
    {
        public string? ImportId { get; set; }
        public long? RowNumber { get; set; }
        public string? ErrorType { get; set; }
        public string? RawError { get; set; }
        public string? AccountId { get; set; }
        public string? ApplicationId { get; set; }
        public string? SourceServerId { get; set; }
        public string? WaveId { get; set; }
        public string? Ec2LaunchTemplateId { get; set; }
        public DateTime? ErrorDateTime { get; set; }

        /// <summary>ErrorDateTime in UTC (Kind Utc): the same instant, for exports that must not depend on the reader's time zone.</summary>
        public DateTime? ErrorDateTimeUtc => ErrorDateTime?.ToUniversalTime();

        /// <summary>The id of the import the row belongs to, so that a string parameter (-ImportId) gets it.</summary>
        public override string ToString() => ImportId ?? string.Empty;
    }
}
