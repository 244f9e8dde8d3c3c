using System.Collections.Concurrent;

namespace ImportExport.Emulator;

/// <summary>
/// Counts the requests of each operation being handled at the same moment, and the most there ever were, so
/// tests can check a client's concurrency bound by what the service saw rather than by timing it.
/// </summary>
public sealed class ConcurrencyGauge
{
    private readonly ConcurrentDictionary<string, Counter> counters = new(StringComparer.Ordinal);

    /// <summary>The most requests of <paramref name="operation"/> that were in flight at once since the last reset.</summary>
    public int MaxInFlight(string operation) => counters.Values.Where(c => c.Operation == operation).Select(c => c.Max).DefaultIfEmpty(0).Max();

    public void Reset() => counters.Clear();

    internal IDisposable Enter(string service, string? operation)
    {
        var counter = counters.GetOrAdd(service + "/" + operation, _ => new Counter(operation));
        counter.Enter();
        return counter;
    }

    private sealed class Counter(string? operation) : IDisposable
    {
        private int current;
        private int max;

        public string? Operation { get; } = operation;

        public int Max => Volatile.Read(ref max);

        public void Enter()
        {
            var now = Interlocked.Increment(ref current);
            int seen;
            while (now > (seen = Volatile.Read(ref max)) && Interlocked.CompareExchange(ref max, now, seen) != seen)
            {
            }
        }

        public void Dispose() => Interlocked.Decrement(ref current);
    }
}
