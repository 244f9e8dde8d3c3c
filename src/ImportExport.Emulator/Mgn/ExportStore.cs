namespace ImportExport.Emulator;

/// <summary>MGN exports per account and region (MGN is regional), in creation order. StartExport has no clientToken.</summary>
internal sealed class ExportStore
{
    private const string IdAlphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private readonly object gate = new();
    private readonly Dictionary<string, ExportTask> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Account, string Region), List<ExportTask>> byScope = [];
    private readonly Random random = new();

    public ExportSnapshot Start(Func<string, ExportTask> create, DateTimeOffset now)
    {
        lock (gate)
        {
            var task = create(NewId());
            task.Begin(now);
            byId.Add(task.ExportId, task);
            ScopeOf(task.AccountId, task.Region).Add(task);
            return task.ToSnapshot();
        }
    }

    public int CountActive(string accountId, string region)
    {
        lock (gate)
        {
            return ScopeOf(accountId, region).Count(t => !t.IsFinished);
        }
    }

    /// <summary>Exports of the scope in creation order, filtered to <paramref name="ids"/> when given.</summary>
    public List<ExportSnapshot> List(string accountId, string region, IReadOnlyCollection<string>? ids)
    {
        lock (gate)
        {
            return ScopeOf(accountId, region)
                .Where(t => ids is null || ids.Count == 0 || ids.Contains(t.ExportId))
                .Select(t => t.ToSnapshot())
                .ToList();
        }
    }

    /// <summary>The export if it exists (in the scope when one is given).</summary>
    public ExportSnapshot? Get(string exportId, string? accountId = null, string? region = null)
    {
        lock (gate)
        {
            return byId.TryGetValue(exportId, out var task) && (accountId is null || (task.AccountId == accountId && task.Region == region))
                ? task.ToSnapshot()
                : null;
        }
    }

    public ExportSnapshot Advance(string exportId, string? to, DateTimeOffset now)
    {
        lock (gate)
        {
            if (!byId.TryGetValue(exportId, out var task))
            {
                throw new KeyNotFoundException($"No export {exportId}.");
            }

            task.Advance(to, now);
            return task.ToSnapshot();
        }
    }

    /// <summary>Moves every unfinished export whose last step is at least <paramref name="interval"/> old one step on.</summary>
    public void Tick(TimeSpan interval, DateTimeOffset now)
    {
        lock (gate)
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

    public void Clear()
    {
        lock (gate)
        {
            byId.Clear();
            byScope.Clear();
        }
    }

    private List<ExportTask> ScopeOf(string accountId, string region)
    {
        if (!byScope.TryGetValue((accountId, region), out var list))
        {
            byScope[(accountId, region)] = list = [];
        }

        return list;
    }

    private string NewId()
    {
        while (true)
        {
            var id = "export-" + string.Create(17, random, (span, r) =>
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
