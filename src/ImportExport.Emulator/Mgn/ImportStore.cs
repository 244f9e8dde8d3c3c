namespace ImportExport.Emulator;

/// <summary>MGN imports per account and region (MGN is regional), in creation order, with the clientToken index.</summary>
internal sealed class ImportStore
{
    private const string IdAlphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private readonly object gate = new();
    private readonly Dictionary<string, ImportTask> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Account, string Region), List<ImportTask>> byScope = [];
    private readonly Dictionary<(string Account, string Region, string Token), ImportTask> byToken = [];
    private readonly Random random = new();

    public enum StartOutcome
    {
        Created,
        Replayed,
        Conflict,
    }

    /// <summary>
    /// Creates the import, or returns the earlier one when the clientToken was used before with the same input
    /// (Replayed) — the same token with different input is a Conflict.
    /// </summary>
    public (StartOutcome Outcome, ImportSnapshot Import) Start(Func<string, ImportTask> create, string accountId, string region, string? clientToken, string fingerprint, DateTimeOffset now)
    {
        lock (gate)
        {
            if (!string.IsNullOrEmpty(clientToken) && byToken.TryGetValue((accountId, region, clientToken), out var earlier))
            {
                return (earlier.Fingerprint == fingerprint ? StartOutcome.Replayed : StartOutcome.Conflict, earlier.ToSnapshot());
            }

            var task = create(NewId());
            task.Begin(now);
            byId.Add(task.ImportId, task);
            ScopeOf(accountId, region).Add(task);
            if (!string.IsNullOrEmpty(clientToken))
            {
                byToken[(accountId, region, clientToken)] = task;
            }

            return (StartOutcome.Created, task.ToSnapshot());
        }
    }

    public int CountActive(string accountId, string region)
    {
        lock (gate)
        {
            return ScopeOf(accountId, region).Count(t => !t.IsFinished);
        }
    }

    /// <summary>Imports of the scope in creation order, filtered to <paramref name="ids"/> when given.</summary>
    public List<ImportSnapshot> List(string accountId, string region, IReadOnlyCollection<string>? ids)
    {
        lock (gate)
        {
            return ScopeOf(accountId, region)
                .Where(t => ids is null || ids.Count == 0 || ids.Contains(t.ImportId))
                .Select(t => t.ToSnapshot())
                .ToList();
        }
    }

    /// <summary>The import if it exists (in the scope when one is given).</summary>
    public ImportSnapshot? Get(string importId, string? accountId = null, string? region = null)
    {
        lock (gate)
        {
            return byId.TryGetValue(importId, out var task) && (accountId is null || (task.AccountId == accountId && task.Region == region))
                ? task.ToSnapshot()
                : null;
        }
    }

    public ImportSnapshot Advance(string importId, string? to, DateTimeOffset now)
    {
        lock (gate)
        {
            if (!byId.TryGetValue(importId, out var task))
            {
                throw new KeyNotFoundException($"No import {importId}.");
            }

            task.Advance(to, now);
            return task.ToSnapshot();
        }
    }

    /// <summary>Moves every unfinished import whose last step is at least <paramref name="interval"/> old one step on.</summary>
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
            byToken.Clear();
        }
    }

    private List<ImportTask> ScopeOf(string accountId, string region)
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
            var id = "import-" + string.Create(17, random, (span, r) =>
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
