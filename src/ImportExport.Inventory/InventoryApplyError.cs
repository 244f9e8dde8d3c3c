namespace ImportExport.Inventory
{
    /// <summary>One error of applying a file, in the shape of a ListImportErrors item.</summary>
    public sealed class InventoryApplyError
    {
        public InventoryApplyError(long rowNumber, string errorType, string rule, string rawError, string accountId, string? applicationId, string? sourceServerId, string? waveId)
        {
            RowNumber = rowNumber;
            ErrorType = errorType;
            Rule = rule;
            RawError = rawError;
            AccountId = accountId;
            ApplicationId = applicationId;
            SourceServerId = sourceServerId;
            WaveId = waveId;
        }

        public long RowNumber { get; }

        /// <summary>VALIDATION_ERROR (the file's rules) or PROCESSING_ERROR (applying it).</summary>
        public string ErrorType { get; }

        /// <summary>The rule broken (<see cref="InventoryRule"/>).</summary>
        public string Rule { get; }

        public string RawError { get; }

        public string AccountId { get; }

        public string? ApplicationId { get; }

        public string? SourceServerId { get; }

        public string? WaveId { get; }
    }
}
