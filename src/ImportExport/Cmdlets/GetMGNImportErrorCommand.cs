using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.PowerShell;
using ImportExport.Runtime;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Get-MGNImportError: the row-level errors of MGN imports (ListImportErrors), one flat object per error, ready
    /// for Export-Csv. Pages are requested as the pipeline consumes them, so -First stops early.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "MGNImportError", SupportsPaging = true)]
    [OutputType(typeof(ImportError))]
    public sealed class GetMGNImportErrorCommand : AwsCmdlet
    {
        private PagedOutput? _output;

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

        private PagedOutput Output => _output ??= new PagedOutput(this);

        protected override void ProcessRecord()
        {
            var ids = ImportArnInput.Required(this, ImportId, ImportArn);
            var connection = MgnFor(ImportTask.RegionOf(ImportArn), "the import's ARN");
            ImportArn = null;
            ImportId = System.Array.Empty<string>();
            foreach (var id in ids)
            {
                var pages = new PageWalk<MgnPage<ImportError>>(
                    null,
                    token =>
                    {
                        var request = new ListImportErrorsRequest { ImportId = id, MaxResults = PageSize, NextToken = token };
                        return Try(id, cancel => connection.Client.ListImportErrorsAsync(request, cancel));
                    },
                    page => page.NextToken);

                // A page that failed (already reported) ends this import's errors; the next import's are still listed.
                foreach (var error in Output.Admit(pages, page => page.Items, page => string.IsNullOrEmpty(page.NextToken)))
                {
                    Output.Write(error);
                }
            }
        }

        protected override void EndProcessing()
        {
            Output.Complete();
        }
    }
}
