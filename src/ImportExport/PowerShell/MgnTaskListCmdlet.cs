using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ImportExport.Mgn;
using ImportExport.Runtime;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// What Get-MGNImport and Get-MGNExport share: the listing of MGN tasks (imports, exports), all of them or the ones
    /// named. Pages are requested as the pipeline consumes them, so -First stops early; named ids are gathered by the
    /// region of the ARN they came with and sent ten per request (the most the API takes) as soon as ten are pending,
    /// so output streams with the pipeline; ids asked for and not listed are errors once the listing has been read.
    /// The parameters stay on each cmdlet (their completers and checks differ); this holds the one listing loop.
    /// </summary>
    public abstract class MgnTaskListCmdlet<TTask> : AwsCmdlet
        where TTask : class
    {
        // Ids not yet asked for, by the region of the task they came with ("": the command's region).
        private readonly Dictionary<string, List<string>> _pending = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
        private PagedOutput? _output;

        private PagedOutput Output => _output ??= new PagedOutput(this);

        /// <summary>Imports or exports: the noun in messages, the list operation, the id, completion and the not-found error.</summary>
        private protected abstract MgnTaskKind<TTask> Kind { get; }

        /// <summary>One page of the listing: the tasks among <paramref name="ids"/> (every task when empty).</summary>
        private protected abstract Task<MgnPage<TTask>> ListPageAsync(MgnClient client, List<string> ids, string? nextToken, CancellationToken cancellationToken);

        /// <summary>Queues <paramref name="ids"/>, found with the ARN of <paramref name="region"/> (null: the command's region), listing each full batch at once.</summary>
        private protected void ListOrQueue(string[] ids, string? region)
        {
            var key = region ?? string.Empty;
            if (!_pending.TryGetValue(key, out var pending))
            {
                pending = _pending[key] = new List<string>();
            }

            foreach (var id in ids)
            {
                if (_seen.Add(key + "/" + id))
                {
                    pending.Add(id);
                }
            }

            // Full batches go out as soon as they are complete, so output streams with the pipeline.
            while (pending.Count >= TaskWaiter<TTask>.MaxIdsPerRequest)
            {
                var batch = pending.GetRange(0, TaskWaiter<TTask>.MaxIdsPerRequest);
                pending.RemoveRange(0, TaskWaiter<TTask>.MaxIdsPerRequest);
                List(batch, key);
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

        private protected void List(List<string>? ids, string? taskRegion = null)
        {
            var connection = MgnFor(taskRegion, $"the {Kind.Noun}'s ARN");
            var notFound = ids is null ? null : new HashSet<string>(ids, StringComparer.Ordinal);
            var pages = new PageWalk<MgnPage<TTask>>(
                null,
                token => Try(ids is null ? (object)Kind.ListOperation : string.Join(",", ids), cancel => ListPageAsync(connection.Client, ids ?? new List<string>(), token, cancel)),
                page => page.NextToken);
            var read = false;
            var admitted = Output.Admit(
                pages,
                page => page.Items,
                page => read = string.IsNullOrEmpty(page.NextToken),
                task =>
                {
                    notFound?.Remove(Kind.IdOf(task) ?? string.Empty);
                    Kind.Remember(task);
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
                WriteError(Kind.NotFound(id, connection.Region));
            }
        }
    }
}
