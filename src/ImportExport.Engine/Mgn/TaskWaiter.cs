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
    /// Waits for MGN tasks that end by themselves (imports and exports; their listings take up to ten ids a request,
    /// as ListImports and ListExports allow) by listing them with a growing pause, and reports every look, including
    /// each look that failed. The one waiting loop of Wait-MGNImport, Wait-MGNExport and the commands that wait. It knows nothing of
    /// PowerShell: events are yielded on the caller's thread, so the caller can write progress and output. The delay
    /// and the clock are injectable, so the schedule and the timeout are testable without sleeping.
    /// </summary>
    public sealed class TaskWaiter<TTask>
        where TTask : class
    {
        /// <summary>The list operations accept at most this many ids a request.</summary>
        public const int MaxIdsPerRequest = 10;

        /// <summary>Without a timeout, a wait ends after this many failed looks in a row (each already retried by Core).</summary>
        internal const int MaxFailedLooksWithoutTimeout = 20;

        private readonly Func<IList<string>, CancellationToken, Task<IReadOnlyList<TTask>>> _list;
        private readonly Func<string, CancellationToken, Task<int>> _countErrors;
        private readonly Func<TTask, string?> _idOf;
        private readonly Func<TTask, bool> _isFinished;
        private readonly Func<TimeSpan, CancellationToken, Task> _delay;
        private readonly Func<TimeSpan> _clock;

        /// <param name="list">Returns the tasks among the given ids (at most <see cref="MaxIdsPerRequest"/>) that exist.</param>
        /// <param name="countErrors">Counts the errors of a task that has ended.</param>
        /// <param name="idOf">A task's id.</param>
        /// <param name="isFinished">Whether a task has ended.</param>
        /// <param name="delay">Pauses; <see cref="Task.Delay(TimeSpan, CancellationToken)"/> unless a test fakes time.</param>
        /// <param name="clock">Time elapsed since an arbitrary start; a stopwatch unless a test fakes time.</param>
        public TaskWaiter(
            Func<IList<string>, CancellationToken, Task<IReadOnlyList<TTask>>> list,
            Func<string, CancellationToken, Task<int>> countErrors,
            Func<TTask, string?> idOf,
            Func<TTask, bool> isFinished,
            Func<TimeSpan, CancellationToken, Task>? delay = null,
            Func<TimeSpan>? clock = null)
        {
            _list = list ?? throw new ArgumentNullException(nameof(list));
            _countErrors = countErrors ?? throw new ArgumentNullException(nameof(countErrors));
            _idOf = idOf ?? throw new ArgumentNullException(nameof(idOf));
            _isFinished = isFinished ?? throw new ArgumentNullException(nameof(isFinished));
            _delay = delay ?? ((pause, token) => System.Threading.Tasks.Task.Delay(pause, token));
            if (clock is null)
            {
                var stopwatch = Stopwatch.StartNew();
                clock = () => stopwatch.Elapsed;
            }

            _clock = clock;
        }

        /// <summary>
        /// Looks at the tasks until each has ended, is unknown, or the timeout passes, yielding an event per task
        /// per look, and one <see cref="ImportWaitEventKind.LookFailed"/> event per look that failed. The timeout is a
        /// deadline: a request still in flight when it passes is cancelled. Failures that are not transient propagate at
        /// once (AWSSDK.Core has already retried each look); transient ones end the wait when the timeout passes, after
        /// <see cref="MaxUnreachableLooks"/> looks in a row that could not connect at all, or, without a timeout, after
        /// <see cref="MaxFailedLooksWithoutTimeout"/> failed looks in a row. A failure to count the errors of an ended
        /// task only leaves <see cref="TaskWaitEvent{TTask}.ErrorCount"/> null.
        /// </summary>
        public IEnumerable<TaskWaitEvent<TTask>> Wait(IEnumerable<string> ids, ImportWaitOptions options, CancellationToken cancellationToken)
        {
            var pending = ids.Distinct(StringComparer.Ordinal).ToList();
            var lastSeen = new Dictionary<string, TTask>(StringComparer.Ordinal);
            Exception? lastFailure = null;
            var failedLooks = 0;
            var unreachableLooks = 0;
            var start = _clock();
            using var intervals = options.Intervals().GetEnumerator();
            while (pending.Count > 0)
            {
                Dictionary<string, TTask>? found = null;
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
                        // AWSSDK.Core has retried this look; the task goes on meanwhile, so a failed look alone
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
                        yield return new TaskWaitEvent<TTask>(ImportWaitEventKind.TimedOut, id, lastSeen.TryGetValue(id, out var seen) ? seen : null, null, elapsed, null);
                    }

                    yield break;
                }

                if (found is null)
                {
                    if (timedOut || unreachableLooks >= MaxUnreachableLooks || options.Timeout is null && failedLooks >= MaxFailedLooksWithoutTimeout)
                    {
                        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(lastFailure!).Throw();
                    }

                    yield return new TaskWaitEvent<TTask>(ImportWaitEventKind.LookFailed, string.Join(", ", pending), null, null, elapsed, pause)
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
                        yield return new TaskWaitEvent<TTask>(ImportWaitEventKind.NotFound, id, null, null, elapsed, null);
                    }
                    else if (_isFinished(task))
                    {
                        pending.Remove(id);
                        int? errorCount;
                        using (var deadline = Deadline(options.Timeout - (_clock() - start), cancellationToken))
                        {
                            errorCount = CountErrors(id, deadline, cancellationToken);
                        }

                        yield return new TaskWaitEvent<TTask>(ImportWaitEventKind.Finished, id, task, errorCount, elapsed, null);
                    }
                    else
                    {
                        lastSeen[id] = task;
                        yield return new TaskWaitEvent<TTask>(ImportWaitEventKind.Progress, id, task, null, elapsed, timedOut ? (TimeSpan?)null : pause);
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
                        yield return new TaskWaitEvent<TTask>(ImportWaitEventKind.TimedOut, id, lastSeen.TryGetValue(id, out var last) ? last : null, null, elapsed, null);
                    }

                    yield break;
                }

                _delay(pause, cancellationToken).GetAwaiter().GetResult();
            }
        }


        /// <summary>
        /// A wait ends after this many looks in a row that could not connect at all (each already retried by Core): the
        /// endpoint is gone (a stopped emulator, a wrong URL, no network), which is not a blip a waiter should sit out.
        /// Five looks take about 15 s with the default backoff.
        /// </summary>
        public const int MaxUnreachableLooks = 5;

        /// <summary>After this many failed looks in a row a waiting command warns (each one is a verbose line).</summary>
        public const int FailedLooksBeforeWarning = 3;

        /// <summary>
        /// The look that starts when the timeout has just passed (the last one, to report each task as it is then)
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

        // Failures that say nothing about the task: throttling, 5xx, broken connections, timeouts.
        private static bool IsTransient(Exception exception) => FailureClassifier.Classify(exception).IsTransient;

        private Dictionary<string, TTask> Look(List<string> ids, CancellationToken cancellationToken)
        {
            var found = new Dictionary<string, TTask>(StringComparer.Ordinal);
            for (var i = 0; i < ids.Count; i += MaxIdsPerRequest)
            {
                var batch = ids.Skip(i).Take(MaxIdsPerRequest).ToList();
                foreach (var task in _list(batch, cancellationToken).GetAwaiter().GetResult())
                {
                    if (_idOf(task) is string id)
                    {
                        found[id] = task;
                    }
                }
            }

            return found;
        }

        private int? CountErrors(string id, CancellationTokenSource deadline, CancellationToken cancellationToken)
        {
            try
            {
                return _countErrors(id, deadline.Token).GetAwaiter().GetResult();
            }
            catch (AmazonClientException)
            {
                // The task has ended either way; the count is a courtesy and must not turn the outcome into an error.
                return null;
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // The timeout passed while counting: the outcome is known, the count is not.
                return null;
            }
        }

    }
}
