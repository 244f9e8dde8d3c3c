namespace ImportExport.Emulator.S3;

/// <summary>S3 objects in memory, per bucket and key. Thread-safe.</summary>
internal sealed class ObjectStore
{
    private readonly object gate = new();
    private readonly Dictionary<(string Bucket, string Key), StoredObject> objects = [];

    public void Put(string bucket, string key, StoredObject value)
    {
        lock (gate)
        {
            objects[(bucket, key)] = value;
        }
    }

    public StoredObject? Get(string bucket, string key)
    {
        lock (gate)
        {
            return objects.GetValueOrDefault((bucket, key));
        }
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return objects.Count;
            }
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            objects.Clear();
        }
    }
}
