using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using ImportExport.Runtime;

namespace ImportExport.Mgn
{
    /// <summary>
    /// Waits for MGN imports to end by polling ListImports (up to ten ids per request, as the API allows) with a
    /// growing pause, and reports every look. Shared by Wait-MGNImport and Start-MGNImport -Wait. It knows nothing
    /// of PowerShell: events are yielded on the caller's thread, so the caller can write progress and output.
    /// The delay and the clock are injectable, so the schedule and the timeout are testable without sleeping.
    /// </summary>
    public sealed class ImportWaiter
    {
        /// <summary>ListImports accepts at most this many ids in <c>filters.importIDs</c>.</summary>
        public const int MaxIdsPerRequest = 10;

        private readonly Func<IList<string>, CancellationToken, Task<IReadOnlyList<ImportTask>>> _list;
        private readonly Func<string, CancellationToken, Task<int>> _countErrors;
        private readonly Func<TimeSpan, CancellationToken, Task> _delay;
        private readonly Func<TimeSpan> _clock;

        /// <param name="list">Returns the imports among the given ids (at most <see cref="MaxIdsPerRequest"/>) that exist.</param>
        /// <param name="countErrors">Counts the ListImportErrors entries of an import that has ended.</param>
        /// <param name="delay">Pauses; <see cref="Task.Delay(TimeSpan, CancellationToken)"/> unless a test fakes time.</param>
        /// <param name="clock">Time elapsed since an arbitrary start; a stopwatch unless a test fakes time.</param>
        public ImportWaiter(
            Func<IList<string>, CancellationToken, Task<IReadOnlyList<ImportTask>>> list,
            Func<string, CancellationToken, Task<int>> countErrors,
            Func<TimeSpan, CancellationToken, Task>? delay = null,
            Func<TimeSpan>? clock = null)
        {
            _list = list ?? throw new ArgumentNullException(nameof(list));
            _countErrors = countErrors ?? throw new ArgumentNullException(nameof(countErrors));
            _delay = delay ?? ((pause, token) => System.Threading.Tasks.Task.Delay(pause, token));
            if (clock is null)
            {
                var stopwatch = Stopwatch.StartNew();
                clock = () => stopwatch.Elapsed;
            }

            _clock = clock;
        }

        /// <summary>A waiter that asks <paramref name="client"/>.</summary>
        public static ImportWaiter For(MgnClient client) => new ImportWaiter(
            (ids, token) => List(client, ids, token),
            (id, token) => CountErrors(client, id, token));

        /// <summary>
        /// Looks at the imports until each has ended, is unknown, or the timeout passes, yielding an event per import
        /// per look. Service failures propagate (AWSSDK.Core has already retried them); a failure to count the errors
        /// of an ended import only leaves <see cref="ImportWaitEvent.ErrorCount"/> null.
        /// </summary>
        public IEnumerable<ImportWaitEvent> Wait(IEnumerable<string> importIds, ImportWaitOptions options, CancellationToken cancellationToken)
        {
            var pending = importIds.Distinct(StringComparer.Ordinal).ToList();
            var lastSeen = new Dictionary<string, ImportTask>(StringComparer.Ordinal);
            Exception? lastFailure = null;
            var failedLooks = 0;
            var start = _clock();
            using var intervals = options.Intervals().GetEnumerator();
            while (pending.Count > 0)
            {
                Dictionary<string, ImportTask>? found;
                try
                {
                    found = Look(pending, cancellationToken);
                }
                catch (Exception ex) when (IsTransient(ex) && !cancellationToken.IsCancellationRequested)
                {
                    // AWSSDK.Core has retried this look; the import goes on meanwhile. A waiter keeps looking until
                    // its -Timeout: a few failed looks must not end a wait of hours.
                    found = null;
                    lastFailure = ex;
                }

                var elapsed = _clock() - start;
                var remaining = options.Timeout - elapsed;
                var timedOut = remaining <= TimeSpan.Zero;
                intervals.MoveNext();
                var pause = remaining is { } left && left < intervals.Current ? left : intervals.Current;
                if (found is null)
                {
                    if (timedOut || options.Timeout is null && ++failedLooks >= MaxFailedLooksWithoutTimeout)
                    {
                        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(lastFailure!).Throw();
                    }

                    _delay(pause, cancellationToken).GetAwaiter().GetResult();
                    continue;
                }

                failedLooks = 0;

                foreach (var id in pending.ToList())
                {
                    if (!found.TryGetValue(id, out var task))
                    {
                        pending.Remove(id);
                        yield return new ImportWaitEvent(ImportWaitEventKind.NotFound, id, null, null, elapsed, null);
                    }
                    else if (task.IsFinished)
                    {
                        pending.Remove(id);
                        yield return new ImportWaitEvent(ImportWaitEventKind.Finished, id, task, CountErrors(id, cancellationToken), elapsed, null);
                    }
                    else
                    {
                        lastSeen[id] = task;
                        yield return new ImportWaitEvent(ImportWaitEventKind.Progress, id, task, null, elapsed, timedOut ? (TimeSpan?)null : pause);
                    }
                }

                if (pending.Count == 0)
                {
                    yield break;
                }

                if (timedOut)
                {
                    foreach (var id in pending)
                    {
                        yield return new ImportWaitEvent(ImportWaitEventKind.TimedOut, id, lastSeen[id], null, elapsed, null);
                    }

                    yield break;
                }

                _delay(pause, cancellationToken).GetAwaiter().GetResult();
            }
        }

        /// <summary>Without a timeout, a wait ends after this many failed looks in a row (each already retried by Core).</summary>
        internal const int MaxFailedLooksWithoutTimeout = 20;

        // Failures that say nothing about the import: throttling, 5xx, broken connections, timeouts.
        private static bool IsTransient(Exception exception) => FailureClassifier.Classify(exception).IsTransient;

        private Dictionary<string, ImportTask> Look(List<string> ids, CancellationToken cancellationToken)
        {
            var found = new Dictionary<string, ImportTask>(StringComparer.Ordinal);
            for (var i = 0; i < ids.Count; i += MaxIdsPerRequest)
            {
                var batch = ids.Skip(i).Take(MaxIdsPerRequest).ToList();
                foreach (var task in _list(batch, cancellationToken).GetAwaiter().GetResult())
                {
                    if (task.ImportId is not null)
                    {
                        found[task.ImportId] = task;
                    }
                }
            }

            return found;
        }

        private int? CountErrors(string importId, CancellationToken cancellationToken)
        {
            try
            {
                return _countErrors(importId, cancellationToken).GetAwaiter().GetResult();
            }
            catch (AmazonClientException)
            {
                // The import has ended either way; the count is a courtesy and must not turn the outcome into an error.
                return null;
            }
        }

        // The waiter's looks are synchronous (it yields events on the caller's thread); the page calls are the
        // asynchronous ones only so that the token cancels a request in flight.
        private static Task<IReadOnlyList<ImportTask>> List(MgnClient client, IList<string> ids, CancellationToken cancellationToken)
        {
            var pages = new PageWalk<MgnPage<ImportTask>>(
                null,
                token => client.ListImportsAsync(new ListImportsRequest { ImportIds = ids, NextToken = token }, cancellationToken).GetAwaiter().GetResult(),
                page => page.NextToken);
            return Task.FromResult<IReadOnlyList<ImportTask>>(pages.SelectMany(page => page.Items).ToList());
        }

        private static Task<int> CountErrors(MgnClient client, string importId, CancellationToken cancellationToken)
        {
            var pages = new PageWalk<MgnPage<ImportError>>(
                null,
                token => client.ListImportErrorsAsync(new ListImportErrorsRequest { ImportId = importId, MaxResults = 1000, NextToken = token }, cancellationToken).GetAwaiter().GetResult(),
                page => page.NextToken);
            return Task.FromResult(pages.Sum(page => page.Items.Count));
        }
    }
}
