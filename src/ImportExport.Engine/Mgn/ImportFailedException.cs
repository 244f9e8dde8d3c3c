using System;

namespace ImportExport.Mgn
{
    /// <summary>An import ended FAILED. <see cref="Import"/> is its final state, with the summary counts.</summary>
    public sealed class ImportFailedException : Exception
    {
        public ImportFailedException(ImportTask import, int? errorCount)
            : base(errorCount is { } count
                ? $"MGN import {import.ImportId} FAILED with {count} error(s)."
                : $"MGN import {import.ImportId} FAILED.")
        {
            Import = import;
            ErrorCount = errorCount;
        }

        public ImportTask Import { get; }

        /// <summary>How many ListImportErrors entries the import has; null if they could not be counted.</summary>
        public int? ErrorCount { get; }
    }
}
