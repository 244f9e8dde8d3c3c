namespace ImportExport.Emulator;

/// <summary>
/// What an MGN import and an MGN export have in common: where the file is, who owns it, and the path both take,
/// PENDING 0% → STARTED 25% → STARTED 75% → SUCCEEDED 100% or FAILED, one step per <see cref="Advance"/> (the timer's
/// or the admin API's). What the last step does is the subclass's (<see cref="Complete"/>). Mutable, guarded by the
/// <see cref="TaskStore{TTask, TSnapshot}"/> lock.
/// </summary>
/// <typeparam name="TSnapshot">The read-only copy the store hands out.</typeparam>
internal abstract class MgnTask<TSnapshot>
{
    /// <summary>"import" or "export": the ARN's resource type and the word the admin API's messages use.</summary>
    protected abstract string Noun { get; }

    /// <summary>What the last step does with the file ("applied", "written"): a forced FAILED says nothing was.</summary>
    protected abstract string Work { get; }

    /// <summary>The task's id (import-… or export-…).</summary>
    public abstract string Id { get; }

    public required string AccountId { get; init; }

    public required string Region { get; init; }

    public required string S3Bucket { get; init; }

    public required string S3Key { get; init; }

    public string? S3BucketOwner { get; init; }

    public required IReadOnlyDictionary<string, string> Tags { get; init; }

    public required DateTimeOffset CreationDateTime { get; init; }

    public DateTimeOffset? EndDateTime { get; private set; }

    public DateTimeOffset LastStepAt { get; private set; }

    public string Status { get; protected set; } = ImportStatuses.Pending;

    public double ProgressPercentage { get; protected set; }

    public bool IsFinished => Status is ImportStatuses.Succeeded or ImportStatuses.Failed;

    public string Arn => $"arn:aws:mgn:{Region}:{AccountId}:{Noun}/{Id}";

    public void Begin(DateTimeOffset now) => LastStepAt = now;

    /// <summary>One step along the path, or straight to <paramref name="to"/> (STARTED, SUCCEEDED, FAILED).</summary>
    public void Advance(string? to, DateTimeOffset now)
    {
        if (IsFinished)
        {
            throw new InvalidOperationException($"{char.ToUpperInvariant(Noun[0])}{Noun[1..]} {Id} has already ended ({Status}).");
        }

        LastStepAt = now;
        switch (to?.ToUpperInvariant())
        {
            case null when Status == ImportStatuses.Pending:
            case ImportStatuses.Started when Status == ImportStatuses.Pending:
                (Status, ProgressPercentage) = (ImportStatuses.Started, 25);
                break;
            case null when ProgressPercentage < 75:
            case ImportStatuses.Started:
                ProgressPercentage = 75;
                break;
            case null:
            case ImportStatuses.Succeeded:
                EndDateTime = now;
                Complete(forced: to is not null, now);
                break;
            case ImportStatuses.Failed:
                EndDateTime = now;
                Fail(now, $"The {Noun} was failed by the emulator's admin API (a forced outcome); nothing was {Work}.");
                break;
            default:
                throw new ArgumentException($"Unknown {Noun} status '{to}'. Use STARTED, SUCCEEDED or FAILED.", nameof(to));
        }
    }

    public abstract TSnapshot ToSnapshot();

    /// <summary>
    /// The last step, to SUCCEEDED unless the work finds a reason to fail: the timer's, or a SUCCEEDED the admin API
    /// asked for (<paramref name="forced"/>). <see cref="EndDateTime"/> is already set; the subclass sets the status.
    /// </summary>
    protected abstract void Complete(bool forced, DateTimeOffset now);

    /// <summary>Ends FAILED with the error that says why.</summary>
    protected void Fail(DateTimeOffset now, string reason)
    {
        Status = ImportStatuses.Failed;
        AddError(now, reason);
    }

    protected abstract void AddError(DateTimeOffset now, string message);
}
