using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
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
    public sealed class GetMGNImportCommand : AwsCmdlet
    {
        private readonly List<string> _pending = new List<string>();
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
        private PagingWindow? _window;
        private bool _complete = true;

        /// <summary>Only these imports. Unknown ids are reported as errors once the listing has been read.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateImportId]
        public string[]? ImportId { get; set; }

        /// <summary>Imports per request (maxResults); the service allows 1 to 1000.</summary>
        [Parameter]
        [ValidateRange(1, 1000)]
        public int? PageSize { get; set; }

        private PagingWindow Window => _window ??= new PagingWindow(PagingParameters);

        protected override void ProcessRecord()
        {
            if (ImportId is null || ImportId.Length == 0)
            {
                List(null);
                return;
            }

            foreach (var id in ImportId)
            {
                if (_seen.Add(id))
                {
                    _pending.Add(id);
                }
            }

            // Full batches go out as soon as they are complete, so output streams with the pipeline.
            while (_pending.Count >= ImportWaiter.MaxIdsPerRequest)
            {
                var batch = _pending.GetRange(0, ImportWaiter.MaxIdsPerRequest);
                _pending.RemoveRange(0, ImportWaiter.MaxIdsPerRequest);
                List(batch);
            }
        }

        protected override void EndProcessing()
        {
            if (_pending.Count > 0)
            {
                List(new List<string>(_pending));
                _pending.Clear();
            }

            if (PagingParameters.IncludeTotalCount)
            {
                // ListImports has no count: the total is exact only when every listing ran to its end.
                WriteObject(PagingParameters.NewTotalCount(Window.Listed, _complete ? 1.0 : 0.0));
            }
        }

        private void List(List<string>? ids)
        {
            var notFound = ids is null ? null : new HashSet<string>(ids, StringComparer.Ordinal);
            string? token = null;
            do
            {
                if (Window.IsFull)
                {
                    // -First is satisfied: no further request, and the total is no longer known.
                    _complete = false;
                    return;
                }

                var request = new ListImportsRequest { ImportIds = ids ?? new List<string>(), MaxResults = PageSize, NextToken = token };
                var page = Try(ids is null ? (object)"ListImports" : string.Join(",", ids), token => Mgn.Client.ListImportsAsync(request, token));
                if (page is null)
                {
                    _complete = false;
                    return;
                }

                foreach (var task in page.Items)
                {
                    notFound?.Remove(task.ImportId ?? string.Empty);
                    if (Window.Admit())
                    {
                        WriteObject(task);
                    }
                }

                token = page.NextToken;
            }
            while (!string.IsNullOrEmpty(token));

            // Asked for by id and not there: like Get-Item, say so rather than return less in silence.
            foreach (var id in ids?.Where(i => notFound!.Contains(i)) ?? Enumerable.Empty<string>())
            {
                var record = new ErrorRecord(
                    new ItemNotFoundException($"MGN import {id} was not found in this account and region."),
                    "ImportNotFound",
                    ErrorCategory.ObjectNotFound,
                    id);
                record.ErrorDetails = new ErrorDetails(record.Exception.Message)
                {
                    RecommendedAction = "Check the id, -Region and the credentials; Get-MGNImport without -ImportId lists every import of this account and region.",
                };
                WriteError(record);
            }
        }
    }
}
