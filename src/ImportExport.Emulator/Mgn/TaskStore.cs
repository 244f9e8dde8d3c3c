namespace ImportExport.Emulator;

/// <summary>
/// MGN tasks of one kind per account and region (MGN is regional), in creation order, and by id: the ids, the listing,
/// the lookups and the steps that imports and exports share. Thread-safe: every member takes <see cref="Gate"/>, which
/// a subclass takes too for an index of its own.
/// </summary>
internal abstract class TaskStore<TTask, TSnapshot>(string noun)
    where TTask : MgnTask<TSnapshot>
    where TSnapshot : class
{
    private const string IdAlphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private readonly Dictionary<string, TTask> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Account, string Region), List<TTask>> byScope = [];
    private readonly Random random = new();

    protected object Gate { get; } = new();

    public int CountActive(string accountId, string region)
    {
        lock (Gate)
        {
            return ScopeOf(accountId, region).Count(t => !t.IsFinished);
        }
    }

    /// <summary>Tasks of the scope in creation order, filtered to <paramref name="ids"/> when given.</summary>
    public List<TSnapshot> List(string accountId, string region, IReadOnlyCollection<string>? ids)
    {
        lock (Gate)
        {
            return ScopeOf(accountId, region)
                .Where(t => ids is null || ids.Count == 0 || ids.Contains(t.Id))
                .Select(t => t.ToSnapshot())
                .ToList();
        }
    }

    /// <summary>The task if it exists (in the scope when one is given).</summary>
    public TSnapshot? Get(string id, string? accountId = null, string? region = null)
    {
        lock (Gate)
        {
            return byId.TryGetValue(id, out var task) && (accountId is null || (task.AccountId == accountId && task.Region == region))
                ? task.ToSnapshot()
                : default;
        }
    }

    public TSnapshot Advance(string id, string? to, DateTimeOffset now)
    {
        lock (Gate)
        {
            if (!byId.TryGetValue(id, out var task))
            {
                throw new KeyNotFoundException($"No {noun} {id}.");
            }

            task.Advance(to, now);
            return task.ToSnapshot();
        }
    }

    /// <summary>Moves every unfinished task whose last step is at least <paramref name="interval"/> old one step on.</summary>
    public void Tick(TimeSpan interval, DateTimeOffset now)
    {
        lock (Gate)
        {
            foreach (var task in byId.Values)
            {
                if (!task.IsFinished && now - task.LastStepAt >= interval)
                {
                    task.Advance(null, now);
                }
            }
        }
    }

    public virtual void Clear()
    {
        lock (Gate)
        {
            byId.Clear();
            byScope.Clear();
        }
    }

    /// <summary>Creates the task with a new id and files it at its first step. The caller holds <see cref="Gate"/>.</summary>
    protected TTask Add(Func<string, TTask> create, DateTimeOffset now)
    {
        var task = create(NewId());
        task.Begin(now);
        byId.Add(task.Id, task);
        ScopeOf(task.AccountId, task.Region).Add(task);
        return task;
    }

    private List<TTask> ScopeOf(string accountId, string region)
    {
        if (!byScope.TryGetValue((accountId, region), out var list))
        {
            byScope[(accountId, region)] = list = [];
        }

        return list;
    }

    // MGN's ids: the kind, a dash and 17 letters or digits (import-[0-9a-zA-Z]{17}).
    private string NewId()
    {
        while (true)
        {
            var id = noun + "-" + string.Create(17, random, (span, r) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = IdAlphabet[r.Next(IdAlphabet.Length)];
                }
            });
            if (!byId.ContainsKey(id))
            {
                return id;
            }
        }
    }
}
