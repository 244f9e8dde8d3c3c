using System;
using System.Collections.Generic;
using System.Diagnostics;
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

        /// <summary>A waiter that asks <paramref name="client"/>, each call waited for by <paramref name="runner"/> (the command's, so it hears the retries).</summary>
        public static ImportWaiter For(MgnClient client, ICallRunner? runner = null)
        {
            var run = runner ?? BlockingCallRunner.Instance;
            return new ImportWaiter(
                (ids, token) => List(client, run, ids, token),
                (id, token) => CountErrors(client, run, id, token));
        }

        /// <summary>
        /// Looks at the imports until each has ended, is unknown, or the timeout passes, yielding an event per import
        /// per look, and one <see cref="ImportWaitEventKind.LookFailed"/> event per look that failed. The timeout is a
        /// deadline: a request still in flight when it passes is cancelled. Failures that are not transient propagate at
        /// once (AWSSDK.Core has already retried each look); transient ones end the wait when the timeout passes, after
        /// <see cref="MaxUnreachableLooks"/> looks in a row that could not connect at all, or, without a timeout, after
        /// <see cref="MaxFailedLooksWithoutTimeout"/> failed looks in a row. A failure to count the errors of an ended
        /// import only leaves <see cref="ImportWaitEvent.ErrorCount"/> null.
        /// </summary>
        public IEnumerable<ImportWaitEvent> Wait(IEnumerable<string> importIds, ImportWaitOptions options, CancellationToken cancellationToken)
        {
            var pending = importIds.Distinct(StringComparer.Ordinal).ToList();
            var lastSeen = new Dictionary<string, ImportTask>(StringComparer.Ordinal);
            Exception? lastFailure = null;
            var failedLooks = 0;
            var unreachableLooks = 0;
            var start = _clock();
            using var intervals = options.Intervals().GetEnumerator();
            while (pending.Count > 0)
            {
                Dictionary<string, ImportTask>? found = null;
                var cutOff = false;
                using (var deadline = Deadline(options.Timeout - (_clock() - start), cancellationToken))
                {
                    try
                    {
                        found = Look(pending, deadline.Token);
                    }
                    catch (Exception) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                    {
                        // The timeout passed with a request in flight; cancelling it is what the timeout is for.
                        cutOff = true;
                    }
                    catch (Exception ex) when (IsTransient(ex) && !cancellationToken.IsCancellationRequested)
                    {
                        // AWSSDK.Core has retried this look; the import goes on meanwhile, so a failed look alone
                        // must not end a wait of hours.
                        lastFailure = ex;
                        failedLooks++;
                        unreachableLooks = IsUnreachable(ex) ? unreachableLooks + 1 : 0;
                    }
                }

                var elapsed = _clock() - start;
                var remaining = options.Timeout - elapsed;
                var timedOut = cutOff || remaining <= TimeSpan.Zero;
                intervals.MoveNext();
                var pause = remaining is { } left && left < intervals.Current ? left : intervals.Current;
                if (cutOff)
                {
                    foreach (var id in pending)
                    {
                        yield return new ImportWaitEvent(ImportWaitEventKind.TimedOut, id, lastSeen.TryGetValue(id, out var seen) ? seen : null, null, elapsed, null);
                    }

                    yield break;
                }

                if (found is null)
                {
                    if (timedOut || unreachableLooks >= MaxUnreachableLooks || options.Timeout is null && failedLooks >= MaxFailedLooksWithoutTimeout)
                    {
                        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(lastFailure!).Throw();
                    }

                    yield return new ImportWaitEvent(ImportWaitEventKind.LookFailed, string.Join(", ", pending), null, null, elapsed, pause)
                    {
                        Failure = lastFailure,
                        FailureSummary = Runtime.FailureSummary.Of(lastFailure!),
                        FailedLooks = failedLooks,
                    };
                    _delay(pause, cancellationToken).GetAwaiter().GetResult();
                    continue;
                }

                failedLooks = 0;
                unreachableLooks = 0;

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
                        int? errorCount;
                        using (var deadline = Deadline(options.Timeout - (_clock() - start), cancellationToken))
                        {
                            errorCount = CountErrors(id, deadline, cancellationToken);
                        }

                        yield return new ImportWaitEvent(ImportWaitEventKind.Finished, id, task, errorCount, elapsed, null);
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

        /// <summary>
        /// A wait ends after this many looks in a row that could not connect at all (each already retried by Core): the
        /// endpoint is gone (a stopped emulator, a wrong URL, no network), which is not a blip a waiter should sit out.
        /// Five looks take about 15 s with the default backoff.
        /// </summary>
        public const int MaxUnreachableLooks = 5;

        /// <summary>After this many failed looks in a row a waiting command warns (each one is a verbose line).</summary>
        public const int FailedLooksBeforeWarning = 3;

        /// <summary>
        /// The look that starts when the timeout has just passed (the last one, to report each import as it is then)
        /// may take this long; every earlier request is cancelled at the deadline itself.
        /// </summary>
        public static readonly TimeSpan FinalLookAllowance = TimeSpan.FromSeconds(2);

        // The requests of one look end when the caller stops or the timeout passes, whichever comes first.
        private static CancellationTokenSource Deadline(TimeSpan? remaining, CancellationToken cancellationToken)
        {
            var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (remaining is { } left)
            {
                source.CancelAfter(left > TimeSpan.Zero ? left : FinalLookAllowance);
            }

            return source;
        }

        // No connection could be opened: the request never left the machine.
        private static bool IsUnreachable(Exception exception)
        {
            var facts = FailureClassifier.Classify(exception);
            return facts.IsTransport && !facts.IsTimeout && facts.Delivery == FailureDelivery.NotSent;
        }

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

        private int? CountErrors(string importId, CancellationTokenSource deadline, CancellationToken cancellationToken)
        {
            try
            {
                return _countErrors(importId, deadline.Token).GetAwaiter().GetResult();
            }
            catch (AmazonClientException)
            {
                // The import has ended either way; the count is a courtesy and must not turn the outcome into an error.
                return null;
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // The timeout passed while counting: the outcome is known, the count is not.
                return null;
            }
        }

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
