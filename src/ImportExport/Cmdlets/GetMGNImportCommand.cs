using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ImportExport.Mgn;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Get-MGNImport: lists MGN imports (ListImports), all of them or the ones named. Pages are requested as the
    /// pipeline consumes them, so -First stops early; named ids are sent ten per request, the most the API takes.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "MGNImport", SupportsPaging = true)]
    [OutputType(typeof(ImportTask))]
    public sealed class GetMGNImportCommand : MgnTaskListCmdlet<ImportTask>
    {
        /// <summary>Only these imports. Unknown ids are reported as errors once the listing has been read.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ImportIdTransformation]
        [ValidateImportId]
        [ArgumentCompleter(typeof(ImportIdCompleter))]
        public string[]? ImportId { get; set; }

        /// <summary>The ARN of an import (the Arn of Get-MGNImport output): alone it names the import; its region is where to look for it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Arn")]
        public string? ImportArn { get; set; }

        /// <summary>Imports per request (maxResults); the service allows 1 to 1000.</summary>
        [Parameter]
        [ValidateRange(1, 1000)]
        public int? PageSize { get; set; }

        protected override void ProcessRecord()
        {
            var ids = ImportArnInput.Ids(this, ImportId, ImportArn);
            if (ids.Length == 0)
            {
                if (ImportArn is null)
                {
                    List(null);
                }

                return;
            }

            var region = ImportTask.RegionOf(ImportArn);
            ImportArn = null;
            ImportId = null;
            ListOrQueue(ids, region);
        }

        private protected override MgnTaskKind<ImportTask> Kind => MgnTaskKinds.Import;

        private protected override Task<MgnPage<ImportTask>> ListPageAsync(MgnClient client, List<string> ids, string? nextToken, CancellationToken cancellationToken) =>
            client.ListImportsAsync(new ListImportsRequest { ImportIds = ids, MaxResults = PageSize, NextToken = nextToken }, cancellationToken);
    }
}
