using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Runs an asynchronous call for each item with at most a fixed number started and not yet handed back, and hands
    /// the calls back in the order of the items. The items are pulled lazily, on the caller's thread, only when a slot
    /// is free, so a paged listing is read page by page as the results are consumed, and the caller (a cmdlet) can
    /// write output and errors from the thread PowerShell requires.
    /// </summary>
    public static class OrderedConcurrency
    {
        /// <summary>
        /// Yields (item, task) in item order; each task has completed (successfully or not) when yielded. The caller
        /// reads the result or the failure of each with <c>GetAwaiter().GetResult()</c>.
        /// </summary>
        public static IEnumerable<KeyValuePair<T, Task<TResult>>> Run<T, TResult>(
            IEnumerable<T> items,
            int maxInFlight,
            Func<T, CancellationToken, Task<TResult>> call,
            CancellationToken cancellationToken)
        {
            if (maxInFlight < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxInFlight), maxInFlight, "At least one call must be allowed.");
            }

            var window = new Queue<KeyValuePair<T, Task<TResult>>>();
            using var source = items.GetEnumerator();
            var more = true;
            while (true)
            {
                while (more && window.Count < maxInFlight)
                {
                    more = source.MoveNext();
                    if (more)
                    {
                        window.Enqueue(new KeyValuePair<T, Task<TResult>>(source.Current, Start(call, source.Current, cancellationToken)));
                    }
                }

                if (window.Count == 0)
                {
                    yield break;
                }

                var head = window.Dequeue();
                try
                {
                    head.Value.Wait(cancellationToken);
                }
                catch (AggregateException)
                {
                    // The caller reads the failure from the task itself.
                }

                yield return head;
            }
        }

        // A call that throws before its first await still becomes a faulted task, never an exception here.
        private static Task<TResult> Start<T, TResult>(Func<T, CancellationToken, Task<TResult>> call, T item, CancellationToken cancellationToken)
        {
            try
            {
                return call(item, cancellationToken);
            }
            catch (Exception ex)
            {
                var failed = new TaskCompletionSource<TResult>();
                failed.SetException(ex);
                return failed.Task;
            }
        }
    }
}
