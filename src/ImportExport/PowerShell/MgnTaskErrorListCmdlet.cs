using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ImportExport.Mgn;
using ImportExport.Runtime;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// What Get-MGNImportError and Get-MGNExportError share: the errors of each task named, page by page as the
    /// pipeline consumes them (so -First stops early), in the region of the ARN the tasks came with; a page that fails
    /// is that task's error and ends its listing, and the next task's errors are still listed.
    /// The parameters stay on each cmdlet (their completers and checks differ); this holds the one listing loop.
    /// </summary>
    public abstract class MgnTaskErrorListCmdlet<TError> : AwsCmdlet
        where TError : class
    {
        private PagedOutput? _output;

        private PagedOutput Output => _output ??= new PagedOutput(this);

        /// <summary>"import" or "export": where the region of an ARN came from, in messages.</summary>
        private protected abstract string Noun { get; }

        /// <summary>One page of the errors of task <paramref name="id"/>.</summary>
        private protected abstract Task<MgnPage<TError>> ListPageAsync(MgnClient client, string id, string? nextToken, CancellationToken cancellationToken);

        /// <summary>Writes the errors of <paramref name="ids"/>, tasks found with an ARN of <paramref name="region"/> (null: the command's region).</summary>
        private protected void ListErrors(string? region, IEnumerable<string> ids)
        {
            var connection = MgnFor(region, $"the {Noun}'s ARN");
            foreach (var id in ids)
            {
                var pages = new PageWalk<MgnPage<TError>>(
                    null,
                    token => Try(id, cancel => ListPageAsync(connection.Client, id, token, cancel)),
                    page => page.NextToken);

                // A page that failed (already reported) ends this task's errors; the next task's are still listed.
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
