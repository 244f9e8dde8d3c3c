using ImportExport.Mgn;

namespace ImportExport.AwsTools
{
    /// <summary>What <c>Start-MGNImport -Select *</c> writes: AWS Tools' whole StartImport answer, the import in ImportTask.</summary>
    public sealed class StartImportResponse
    {
        public ImportTask? ImportTask { get; set; }

        public override string ToString() => ImportTask?.ToString() ?? string.Empty;
    }
}
