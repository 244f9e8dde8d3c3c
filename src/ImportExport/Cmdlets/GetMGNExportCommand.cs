using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ImportExport.Mgn;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Get-MGNExport: lists MGN exports (ListExports), all of them or the ones named. Pages are requested as the
    /// pipeline consumes them, so -First stops early; named ids are sent ten per request, the most the API takes.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "MGNExport", SupportsPaging = true)]
    [OutputType(typeof(ExportTask))]
    public sealed class GetMGNExportCommand : MgnTaskListCmdlet<ExportTask>
    {
        /// <summary>Only these exports. Unknown ids are reported as errors once the listing has been read.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ExportIdTransformation]
        [ValidateExportId]
        [ArgumentCompleter(typeof(ExportIdCompleter))]
        public string[]? ExportId { get; set; }

        /// <summary>The ARN of an export from the pipeline: its region is where to look for it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        [Alias("Arn")]
        public string? ExportArn { get; set; }

        /// <summary>Exports per request (maxResults); the service allows 1 to 1000.</summary>
        [Parameter]
        [ValidateRange(1, 1000)]
        public int? PageSize { get; set; }

        protected override void ProcessRecord()
        {
            if (ExportId is null || ExportId.Length == 0)
            {
                List(null);
                return;
            }

            var region = ImportTask.RegionOf(ExportArn);
            ExportArn = null;
            ListOrQueue(ExportId, region);
        }

        private protected override MgnTaskKind<ExportTask> Kind => MgnTaskKinds.Export;

        private protected override Task<MgnPage<ExportTask>> ListPageAsync(MgnClient client, List<string> ids, string? nextToken, CancellationToken cancellationToken) =>
            client.ListExportsAsync(new ListExportsRequest { ExportIds = ids, MaxResults = PageSize, NextToken = nextToken }, cancellationToken);
    }
}
