using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ImportExport.Runtime;

namespace ImportExport.Mgn
{
    /// <summary>
    /// The <see cref="TaskWaiter{TTask}"/> of MGN imports: ListImports to look (up to ten ids per request, as the API
    /// allows), ListImportErrors to count. Shared by Wait-MGNImport and Start-MGNImport -Wait. The delay and the clock
    /// are injectable, so the schedule and the timeout are testable without sleeping.
    /// </summary>
    public sealed class ImportWaiter
    {
        /// <summary>ListImports accepts at most this many ids in <c>filters.importIDs</c>.</summary>
        public const int MaxIdsPerRequest = TaskWaiter<ImportTask>.MaxIdsPerRequest;

        /// <inheritdoc cref="TaskWaiter{TTask}.MaxUnreachableLooks"/>
        public const int MaxUnreachableLooks = TaskWaiter<ImportTask>.MaxUnreachableLooks;

        /// <inheritdoc cref="TaskWaiter{TTask}.FailedLooksBeforeWarning"/>
        public const int FailedLooksBeforeWarning = TaskWaiter<ImportTask>.FailedLooksBeforeWarning;

        /// <inheritdoc cref="TaskWaiter{TTask}.MaxFailedLooksWithoutTimeout"/>
        internal const int MaxFailedLooksWithoutTimeout = TaskWaiter<ImportTask>.MaxFailedLooksWithoutTimeout;

        private readonly TaskWaiter<ImportTask> _waiter;

        /// <param name="list">Returns the imports among the given ids (at most <see cref="MaxIdsPerRequest"/>) that exist.</param>
        /// <param name="countErrors">Counts the ListImportErrors entries of an import that has ended.</param>
        /// <param name="delay">Pauses; <see cref="Task.Delay(TimeSpan, CancellationToken)"/> unless a test fakes time.</param>
        /// <param name="clock">Time elapsed since an arbitrary start; a stopwatch unless a test fakes time.</param>
        public ImportWaiter(
            Func<IList<string>, CancellationToken, Task<IReadOnlyList<ImportTask>>> list,
            Func<string, CancellationToken, Task<int>> countErrors,
            Func<TimeSpan, CancellationToken, Task>? delay = null,
            Func<TimeSpan>? clock = null) =>
            _waiter = new TaskWaiter<ImportTask>(list, countErrors, import => import.ImportId, import => import.IsFinished, delay, clock);

        /// <summary>A waiter that asks <paramref name="client"/>, each call waited for by <paramref name="runner"/> (the command's, so it hears the retries).</summary>
        public static ImportWaiter For(MgnClient client, ICallRunner? runner = null)
        {
            var run = runner ?? BlockingCallRunner.Instance;
            return new ImportWaiter(
                (ids, token) => List(client, run, ids, token),
                (id, token) => CountErrors(client, run, id, token));
        }

        /// <inheritdoc cref="TaskWaiter{TTask}.Wait"/>
        public IEnumerable<TaskWaitEvent<ImportTask>> Wait(IEnumerable<string> importIds, ImportWaitOptions options, CancellationToken cancellationToken) =>
            _waiter.Wait(importIds, options, cancellationToken);

        // Each page is one call the runner waits for on the caller's thread (the waiter yields its events there).
        private static Task<IReadOnlyList<ImportTask>> List(MgnClient client, ICallRunner runner, IList<string> ids, CancellationToken cancellationToken)
        {
            var pages = new PageWalk<MgnPage<ImportTask>>(
                null,
                token => runner.Run(t => client.ListImportsAsync(new ListImportsRequest { ImportIds = ids, NextToken = token }, t), cancellationToken),
                page => page.NextToken);
            return Task.FromResult<IReadOnlyList<ImportTask>>(pages.SelectMany(page => page.Items).ToList());
        }

        private static Task<int> CountErrors(MgnClient client, ICallRunner runner, string importId, CancellationToken cancellationToken)
        {
            var pages = new PageWalk<MgnPage<ImportError>>(
                null,
                token => runner.Run(t => client.ListImportErrorsAsync(new ListImportErrorsRequest { ImportId = importId, MaxResults = 1000, NextToken = token }, t), cancellationToken),
                page => page.NextToken);
            return Task.FromResult(pages.Sum(page => page.Items.Count));
        }
    }
}
