using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.PowerShell;
using ImportExport.Runtime;

namespace ImportExport.Cmdlets
{
    /// <summary>
    /// Get-MGNExportError: the errors of MGN exports (ListExportErrors), one object per error (the export id, the text, the time), ready
    /// for Export-Csv. Pages are requested as the pipeline consumes them, so -First stops early.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "MGNExportError", SupportsPaging = true)]
    [OutputType(typeof(ExportError))]
    public sealed class GetMGNExportErrorCommand : AwsCmdlet
    {
        private PagedOutput? _output;

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

        private PagedOutput Output => _output ??= new PagedOutput(this);

        protected override void ProcessRecord()
        {
            var connection = MgnFor(ImportTask.RegionOf(ExportArn), "the export's ARN");
            ExportArn = null;
            foreach (var id in ExportId)
            {
                var pages = new PageWalk<MgnPage<ExportError>>(
                    null,
                    token =>
                    {
                        var request = new ListExportErrorsRequest { ExportId = id, MaxResults = PageSize, NextToken = token };
                        return Try(id, cancel => connection.Client.ListExportErrorsAsync(request, cancel));
                    },
                    page => page.NextToken);

                // A page that failed (already reported) ends this export's errors; the next export's are still listed.
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
