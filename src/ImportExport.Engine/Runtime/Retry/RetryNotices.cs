using System;
using System.Threading;
using System.Threading.Tasks;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Tells whoever is listening on the current call path that the pipeline is about to resend a request
    /// (after a throttle, a 5xx, a dropped connection ...), or decided not to. Clients are shared by every
    /// runspace, so listeners are scoped to the logical call (an AsyncLocal), not to the client: a cmdlet
    /// hears about its own requests only.
    /// </summary>
    /// <remarks>Messages name the operation, the error code or exception type and the attempt; never credentials or signatures.</remarks>
    public static class RetryNotices
    {
        private static readonly AsyncLocal<Listener?> Current = new AsyncLocal<Listener?>();

        /// <summary>Receives the notices of calls made on this logical call path until the result is disposed.</summary>
        public static IDisposable Listen(Action<string> onNotice)
        {
            if (onNotice is null)
            {
                throw new ArgumentNullException(nameof(onNotice));
            }

            var listener = new Listener(onNotice, Current.Value);
            Current.Value = listener;
            return listener;
        }

        /// <summary>
        /// Starts an asynchronous call whose notices go to <paramref name="onNotice"/> for as long as it runs; the
        /// caller's own path is not listening afterwards. For calls a command starts several at a time: each call
        /// carries its listener in its logical call context, while the command's thread goes on to start the next.
        /// </summary>
        public static Task<T> Start<T>(Func<Task<T>> start, Action<string> onNotice)
        {
            if (start is null)
            {
                throw new ArgumentNullException(nameof(start));
            }

            if (onNotice is null)
            {
                throw new ArgumentNullException(nameof(onNotice));
            }

            var previous = Current.Value;
            Current.Value = new Listener(onNotice, previous);
            try
            {
                return start();
            }
            finally
            {
                Current.Value = previous;
            }
        }

        internal static void Publish(string message)
        {
            for (var listener = Current.Value; listener is not null; listener = listener.Outer)
            {
                if (!listener.Disposed)
                {
                    listener.OnNotice(message);
                    return;
                }
            }
        }

        private sealed class Listener : IDisposable
        {
            public Listener(Action<string> onNotice, Listener? outer)
            {
                OnNotice = onNotice;
                Outer = outer;
            }

            public Action<string> OnNotice { get; }

            public Listener? Outer { get; }

            public bool Disposed { get; private set; }

            public void Dispose()
            {
                Disposed = true;
                if (ReferenceEquals(Current.Value, this))
                {
                    Current.Value = Outer;
                }
            }
        }
    }
}
