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
        private PagingWindow? _window;
        private bool _complete = true;

        /// <summary>The imports whose errors to list; binds from the ImportId of Get-MGNImport and Wait-MGNImport output.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ImportIdTransformation]
        [ValidateImportId]
        [ArgumentCompleter(typeof(ImportIdCompleter))]
        public string[] ImportId { get; set; } = new string[0];

        /// <summary>The ARN of an import from the pipeline: its region is where to look for it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        [Alias("Arn")]
        public string? ImportArn { get; set; }

        /// <summary>Errors per request (maxResults); the service allows 1 to 1000.</summary>
        [Parameter]
        [ValidateRange(1, 1000)]
        public int? PageSize { get; set; }

        private PagingWindow Window => _window ??= new PagingWindow(PagingParameters);

        protected override void ProcessRecord()
        {
            var connection = MgnFor(ImportTask.RegionOf(ImportArn));
            ImportArn = null;
            foreach (var id in ImportId)
            {
                if (Window.IsFull)
                {
                    _complete = false;
                    return;
                }

                var read = false;
                var pages = new PageWalk<MgnPage<ImportError>>(
                    null,
                    token =>
                    {
                        var request = new ListImportErrorsRequest { ImportId = id, MaxResults = PageSize, NextToken = token };
                        return Try(id, cancel => connection.Client.ListImportErrorsAsync(request, cancel));
                    },
                    page => page.NextToken);
                foreach (var page in pages)
                {
                    read = string.IsNullOrEmpty(page.NextToken);
                    foreach (var error in page.Items)
                    {
                        if (Window.Admit())
                        {
                            WritePaged(error);
                        }
                    }

                    if (!read && Window.IsFull)
                    {
                        _complete = false;
                        return;
                    }
                }

                if (!read)
                {
                    // A page failed (already reported): the next import's errors are still listed.
                    _complete = false;
                }
            }
        }

        protected override void EndProcessing()
        {
            WriteTotalCountFirst(Window.Listed, _complete ? 1.0 : 0.0);
        }
    }
}
