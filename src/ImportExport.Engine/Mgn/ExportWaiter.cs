using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ImportExport.Runtime;

namespace ImportExport.Mgn
{
    /// <summary>The <see cref="TaskWaiter{TTask}"/> of MGN exports: ListExports to look, ListExportErrors to count.</summary>
    public static class ExportWaiter
    {
        /// <summary>A waiter that asks <paramref name="client"/>, each call waited for by <paramref name="runner"/> (the command's, so it hears the retries).</summary>
        public static TaskWaiter<ExportTask> For(MgnClient client, ICallRunner? runner = null)
        {
            var run = runner ?? BlockingCallRunner.Instance;
            return new TaskWaiter<ExportTask>(
                (ids, token) => Task.FromResult<IReadOnlyList<ExportTask>>(new PageWalk<MgnPage<ExportTask>>(
                    null,
                    next => run.Run(t => client.ListExportsAsync(new ListExportsRequest { ExportIds = ids, NextToken = next }, t), token),
                    page => page.NextToken).SelectMany(page => page.Items).ToList()),
                (id, token) => Task.FromResult(new PageWalk<MgnPage<ExportError>>(
                    null,
                    next => run.Run(t => client.ListExportErrorsAsync(new ListExportErrorsRequest { ExportId = id, MaxResults = 1000, NextToken = next }, t), token),
                    page => page.NextToken).Sum(page => page.Items.Count)),
                export => export.ExportId,
                export => export.IsFinished);
        }
    }
}
