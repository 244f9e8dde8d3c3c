namespace ImportExport.AwsTools
{
    /// <summary>Created and modified counts of one kind of resource of an import (AWS Tools' ImportTaskSummaryWaves ...).</summary>
    public sealed class ImportTaskSummaryCount
    {
        public long? CreatedCount { get; set; }
        public long? ModifiedCount { get; set; }

        public override string ToString() => $"{CreatedCount ?? 0} created, {ModifiedCount ?? 0} modified";
    }
}
