using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.PowerShell;
using ImportExport.Runtime;

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
        // Ids not yet asked for, by the region of the import they came with (null: the command's region).
        private readonly Dictionary<string, List<string>> _pending = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
        private PagedOutput? _output;

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

        private PagedOutput Output => _output ??= new PagedOutput(this);

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

            var region = ImportTask.RegionOf(ImportArn) ?? string.Empty;
            ImportArn = null;
            ImportId = null;
            if (!_pending.TryGetValue(region, out var pending))
            {
                pending = _pending[region] = new List<string>();
            }

            foreach (var id in ids)
            {
                if (_seen.Add(region + "/" + id))
                {
                    pending.Add(id);
                }
            }

            // Full batches go out as soon as they are complete, so output streams with the pipeline.
            while (pending.Count >= ImportWaiter.MaxIdsPerRequest)
            {
                var batch = pending.GetRange(0, ImportWaiter.MaxIdsPerRequest);
                pending.RemoveRange(0, ImportWaiter.MaxIdsPerRequest);
                List(batch, region);
            }
        }

        protected override void EndProcessing()
        {
            foreach (var entry in _pending)
            {
                if (entry.Value.Count > 0)
                {
                    List(new List<string>(entry.Value), entry.Key);
                }
            }

            _pending.Clear();

            Output.Complete();
        }

        private void List(List<string>? ids, string? importRegion = null)
        {
            var connection = MgnFor(importRegion, "the import's ARN");
            var notFound = ids is null ? null : new HashSet<string>(ids, StringComparer.Ordinal);
            var pages = new PageWalk<MgnPage<ImportTask>>(
                null,
                token =>
                {
                    var request = new ListImportsRequest { ImportIds = ids ?? new List<string>(), MaxResults = PageSize, NextToken = token };
                    return Try(ids is null ? (object)"ListImports" : string.Join(",", ids), cancel => connection.Client.ListImportsAsync(request, cancel));
                },
                page => page.NextToken);
            var read = false;
            var admitted = Output.Admit(
                pages,
                page => page.Items,
                page => read = string.IsNullOrEmpty(page.NextToken),
                task =>
                {
                    notFound?.Remove(task.ImportId ?? string.Empty);
                    ImportIdCompleter.Remember(task);
                });
            foreach (var task in admitted)
            {
                Output.Write(task);
            }

            if (!read)
            {
                // Stopped early by -First, or a page failed (already reported): which ids exist is not known.
                return;
            }

            // Asked for by id and not there: like Get-Item, say so rather than return less in silence.
            foreach (var id in ids?.Where(i => notFound!.Contains(i)) ?? Enumerable.Empty<string>())
            {
                var record = ErrorCatalogue.ImportNotFound(id, connection.Region);
                WriteError(record);
            }
        }
    }
}
