using ImportExport.Mgn;

namespace ImportExport.AwsTools
{
    /// <summary>What <c>Start-MGNExport -Select *</c> writes: AWS Tools' whole StartExport answer, the export in ExportTask.</summary>
    public sealed class StartExportResponse
    {
        public ExportTask? ExportTask { get; set; }

        public override string ToString() => ExportTask?.ToString() ?? string.Empty;
    }
}
