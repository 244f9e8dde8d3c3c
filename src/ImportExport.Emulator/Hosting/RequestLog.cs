namespace ImportExport.Emulator;

/// <summary>A bounded, thread-safe log of service requests: the newest <c>capacity</c> are kept.</summary>
public sealed class RequestLog(int capacity)
{
    private readonly object gate = new();
    private readonly Queue<RecordedRequest> requests = new();
    private long sequence;

    public bool Enabled => capacity > 0;

    public long NextSequence() => Interlocked.Increment(ref sequence);

    public void Add(RecordedRequest request)
    {
        if (capacity <= 0)
        {
            return;
        }

        lock (gate)
        {
            requests.Enqueue(request);
            while (requests.Count > capacity)
            {
                requests.Dequeue();
            }
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (gate)
        {
            return requests.ToArray();
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            requests.Clear();
        }
    }
}
