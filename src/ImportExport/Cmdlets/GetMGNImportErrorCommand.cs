using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ImportExport.Mgn;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Get-MGNImportError: the row-level errors of MGN imports (ListImportErrors), one flat object per error, ready
    /// for Export-Csv. Pages are requested as the pipeline consumes them, so -First stops early.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "MGNImportError", SupportsPaging = true)]
    [OutputType(typeof(ImportError))]
    public sealed class GetMGNImportErrorCommand : MgnTaskErrorListCmdlet<ImportError>
    {
        /// <summary>The imports whose errors to list; binds from the ImportId of Get-MGNImport and Wait-MGNImport output.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ImportIdTransformation]
        [ValidateImportId]
        [ArgumentCompleter(typeof(ImportIdCompleter))]
        public string[] ImportId { get; set; } = System.Array.Empty<string>();

        /// <summary>The ARN of an import (the Arn of Start-MGNImport and Get-MGNImport output): alone it names the import; its region is where to look for it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Arn")]
        public string? ImportArn { get; set; }

        /// <summary>Errors per request (maxResults); the service allows 1 to 1000.</summary>
        [Parameter]
        [ValidateRange(1, 1000)]
        public int? PageSize { get; set; }

        protected override void ProcessRecord()
        {
            var ids = ImportArnInput.Required(this, ImportId, ImportArn);
            var region = ImportTask.RegionOf(ImportArn);
            ImportArn = null;
            ImportId = System.Array.Empty<string>();
            ListErrors(region, ids);
        }

        private protected override string Noun => MgnTaskKinds.Import.Noun;

        private protected override Task<MgnPage<ImportError>> ListPageAsync(MgnClient client, string id, string? nextToken, CancellationToken cancellationToken) =>
            client.ListImportErrorsAsync(new ListImportErrorsRequest { ImportId = id, MaxResults = PageSize, NextToken = nextToken }, cancellationToken);
    }
}
