using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ImportExport.Mgn;
using ImportExport.PowerShell;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Get-MGNExportError: the errors of MGN exports (ListExportErrors), one object per error (the export id, the text, the time), ready
    /// for Export-Csv. Pages are requested as the pipeline consumes them, so -First stops early.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "MGNExportError", SupportsPaging = true)]
    [OutputType(typeof(ExportError))]
    public sealed class GetMGNExportErrorCommand : MgnTaskErrorListCmdlet<ExportError>
    {
        /// <summary>The exports whose errors to list; binds from the ExportId of Get-MGNExport and Wait-MGNExport output.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ExportIdTransformation]
        [ValidateExportId]
        [ArgumentCompleter(typeof(ExportIdCompleter))]
        public string[] ExportId { get; set; } = System.Array.Empty<string>();

        /// <summary>The ARN of an export from the pipeline: its region is where to look for it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        [Alias("Arn")]
        public string? ExportArn { get; set; }

        /// <summary>Errors per request (maxResults); the service allows 1 to 1000.</summary>
        [Parameter]
        [ValidateRange(1, 1000)]
        public int? PageSize { get; set; }

        protected override void ProcessRecord()
        {
            var region = ImportTask.RegionOf(ExportArn);
            ExportArn = null;
            ListErrors(region, ExportId);
        }

        private protected override string Noun => MgnTaskKinds.Export.Noun;

        private protected override Task<MgnPage<ExportError>> ListPageAsync(MgnClient client, string id, string? nextToken, CancellationToken cancellationToken) =>
            client.ListExportErrorsAsync(new ListExportErrorsRequest { ExportId = id, MaxResults = PageSize, NextToken = nextToken }, cancellationToken);
    }
}
