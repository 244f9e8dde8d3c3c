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
    /// Waits for MGN tasks that end by themselves (exports; their listing takes up to ten ids a request, as
    /// ListExports allows) by listing them with a growing pause, and reports every look. It knows nothing of
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
        /// Looks at the tasks until each has ended, is unknown, or the timeout passes, yielding an event per task per
        /// look. A look that fails for a transient reason (already retried by AWSSDK.Core) is followed by another
        /// until the timeout; other failures propagate. A failure to count the errors of an ended task only leaves
        /// <see cref="TaskWaitEvent{TTask}.ErrorCount"/> null.
        /// </summary>
        public IEnumerable<TaskWaitEvent<TTask>> Wait(IEnumerable<string> ids, ImportWaitOptions options, CancellationToken cancellationToken)
        {
            var pending = ids.Distinct(StringComparer.Ordinal).ToList();
            var lastSeen = new Dictionary<string, TTask>(StringComparer.Ordinal);
            Exception? lastFailure = null;
            var failedLooks = 0;
            var start = _clock();
            using var intervals = options.Intervals().GetEnumerator();
            while (pending.Count > 0)
            {
                Dictionary<string, TTask>? found;
                try
                {
                    found = Look(pending, cancellationToken);
                }
                catch (Exception ex) when (FailureClassifier.Classify(ex).IsTransient && !cancellationToken.IsCancellationRequested)
                {
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
                    if (timedOut || (options.Timeout is null && ++failedLooks >= MaxFailedLooksWithoutTimeout))
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
                        yield return new TaskWaitEvent<TTask>(ImportWaitEventKind.NotFound, id, null, null, elapsed, null);
                    }
                    else if (_isFinished(task))
                    {
                        pending.Remove(id);
                        yield return new TaskWaitEvent<TTask>(ImportWaitEventKind.Finished, id, task, CountErrors(id, cancellationToken), elapsed, null);
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
                        yield return new TaskWaitEvent<TTask>(ImportWaitEventKind.TimedOut, id, lastSeen[id], null, elapsed, null);
                    }

                    yield break;
                }

                _delay(pause, cancellationToken).GetAwaiter().GetResult();
            }
        }

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

        private int? CountErrors(string id, CancellationToken cancellationToken)
        {
            try
            {
                return _countErrors(id, cancellationToken).GetAwaiter().GetResult();
            }
            catch (AmazonClientException)
            {
                // The task has ended either way; the count is a courtesy and must not turn the outcome into an error.
                return null;
            }
        }
    }
}
