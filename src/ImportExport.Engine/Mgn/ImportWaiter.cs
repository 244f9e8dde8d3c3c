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
    /// <summary>How often to look at imports while waiting, and for how long.</summary>
    public sealed class ImportWaitOptions
    {
        /// <summary>The first pause between two looks (default 1 s).</summary>
        public TimeSpan InitialInterval { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Each pause is this many times the previous one (default 1.5).</summary>
        public double BackoffFactor { get; set; } = 1.5;

        /// <summary>The longest pause (default 15 s): imports take minutes, and a finished one should not wait long to be seen.</summary>
        public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(15);

        /// <summary>A fixed pause instead of the backoff (-PollInterval).</summary>
        public TimeSpan? FixedInterval { get; set; }

        /// <summary>Give up after this long (null: wait until every import has ended).</summary>
        public TimeSpan? Timeout { get; set; }

        /// <summary>The pauses between looks, in order: the backoff (or the fixed interval), without the timeout's cut.</summary>
        public IEnumerable<TimeSpan> Intervals()
        {
            if (FixedInterval is { } fixedInterval)
            {
                while (true)
                {
                    yield return fixedInterval;
                }
            }

            var next = InitialInterval;
            while (true)
            {
                yield return next;
                var grown = TimeSpan.FromTicks((long)Math.Min(next.Ticks * BackoffFactor, MaxInterval.Ticks));
                next = grown < next ? next : grown;
            }
        }
    }

    /// <summary>What happened to one import during a wait.</summary>
    public enum ImportWaitEventKind
    {
        /// <summary>The import was looked at and is still PENDING or STARTED.</summary>
        Progress,

        /// <summary>The import ended (SUCCEEDED or FAILED); <see cref="ImportWaitEvent.ErrorCount"/> says how many row errors it has.</summary>
        Finished,

        /// <summary>ListImports does not know the import (wrong id, account or region).</summary>
        NotFound,

        /// <summary>The timeout passed before the import ended; <see cref="ImportWaitEvent.Task"/> is its last known state.</summary>
        TimedOut,
    }

    /// <summary>One report of <see cref="ImportWaiter.Wait"/>.</summary>
    public sealed class ImportWaitEvent
    {
        public ImportWaitEvent(ImportWaitEventKind kind, string importId, ImportTask? task, int? errorCount, TimeSpan elapsed, TimeSpan? nextCheckIn)
        {
            Kind = kind;
            ImportId = importId;
            Task = task;
            ErrorCount = errorCount;
            Elapsed = elapsed;
            NextCheckIn = nextCheckIn;
        }

        public ImportWaitEventKind Kind { get; }

        public string ImportId { get; }

        /// <summary>The import as last seen; null when it was never found.</summary>
        public ImportTask? Task { get; }

        /// <summary>For <see cref="ImportWaitEventKind.Finished"/>: the number of ListImportErrors entries, or null if they could not be counted.</summary>
        public int? ErrorCount { get; }

        /// <summary>Time since the wait began.</summary>
        public TimeSpan Elapsed { get; }

        /// <summary>For <see cref="ImportWaitEventKind.Progress"/>: the pause before the next look.</summary>
        public TimeSpan? NextCheckIn { get; }
    }

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

    /// <summary>An import ended FAILED. <see cref="Import"/> is its final state, with the summary counts.</summary>
    public sealed class ImportFailedException : Exception
    {
        public ImportFailedException(ImportTask import, int? errorCount)
            : base(errorCount is { } count
                ? $"MGN import {import.ImportId} FAILED with {count} error(s)."
                : $"MGN import {import.ImportId} FAILED.")
        {
            Import = import;
            ErrorCount = errorCount;
        }

        public ImportTask Import { get; }

        /// <summary>How many ListImportErrors entries the import has; null if they could not be counted.</summary>
        public int? ErrorCount { get; }
    }

    /// <summary>An import had not ended when the wait's timeout passed. <see cref="Import"/> is its last known state.</summary>
    public sealed class ImportWaitTimeoutException : TimeoutException
    {
        public ImportWaitTimeoutException(ImportTask import, TimeSpan timeout)
            : base(string.Format(
                CultureInfo.InvariantCulture,
                "MGN import {0} was still {1} ({2:0.#}%) after {3}.",
                import.ImportId,
                import.Status,
                import.ProgressPercentage ?? 0,
                Describe(timeout)))
        {
            Import = import;
            Timeout = timeout;
        }

        public ImportTask Import { get; }

        public TimeSpan Timeout { get; }

        private static string Describe(TimeSpan timeout) =>
            timeout.TotalSeconds < 120
                ? timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " seconds"
                : timeout.ToString("c", CultureInfo.InvariantCulture);
    }
}
