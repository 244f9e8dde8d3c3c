using ImportExport.Mgn;

namespace ImportExport.AwsTools
{
    /// <summary>
    /// An import's counts in AWS Tools for PowerShell's shape (<c>$task.Summary.Servers.CreatedCount</c>); a hidden
    /// property of ImportTask, which has the same counts flat (ServersCreatedCount ...).
    /// </summary>
    public sealed class ImportTaskSummary
    {
        public ImportTaskSummaryCount Waves { get; set; } = new ImportTaskSummaryCount();
        public ImportTaskSummaryCount Applications { get; set; } = new ImportTaskSummaryCount();
        public ImportTaskSummaryCount Servers { get; set; } = new ImportTaskSummaryCount();

        public static ImportTaskSummary Of(ImportTask task) => new ImportTaskSummary
        {
            Waves = new ImportTaskSummaryCount { CreatedCount = task.WavesCreatedCount, ModifiedCount = task.WavesModifiedCount },
            Applications = new ImportTaskSummaryCount { CreatedCount = task.ApplicationsCreatedCount, ModifiedCount = task.ApplicationsModifiedCount },
            Servers = new ImportTaskSummaryCount { CreatedCount = task.ServersCreatedCount, ModifiedCount = task.ServersModifiedCount },
        };

        public override string ToString() =>
            $"Waves {Waves}, Applications {Applications}, Servers {Servers}";
    }
}
