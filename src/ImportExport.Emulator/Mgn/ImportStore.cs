namespace ImportExport.Emulator;

/// <summary>MGN imports (<see cref="TaskStore{TTask, TSnapshot}"/>), with the clientToken index.</summary>
internal sealed class ImportStore() : TaskStore<ImportTask, ImportSnapshot>("import")
{
    private readonly Dictionary<(string Account, string Region, string Token), ImportTask> byToken = [];

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
        lock (Gate)
        {
            if (!string.IsNullOrEmpty(clientToken) && byToken.TryGetValue((accountId, region, clientToken), out var earlier))
            {
                return (earlier.Fingerprint == fingerprint ? StartOutcome.Replayed : StartOutcome.Conflict, earlier.ToSnapshot());
            }

            var task = Add(create, now);
            if (!string.IsNullOrEmpty(clientToken))
            {
                byToken[(accountId, region, clientToken)] = task;
            }

            return (StartOutcome.Created, task.ToSnapshot());
        }
    }

    public override void Clear()
    {
        lock (Gate)
        {
            base.Clear();
            byToken.Clear();
        }
    }
}
