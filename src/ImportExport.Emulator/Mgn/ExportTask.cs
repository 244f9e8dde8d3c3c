using ImportExport.Emulator.Mgn;

namespace ImportExport.Emulator;

/// <summary>
/// One MGN export. Its path is an import's: PENDING 0% → STARTED 25% → STARTED 75% → SUCCEEDED 100% or FAILED. At its
/// last step it writes the account and region's inventory, as it is then, as one CSV into the S3 stand-in
/// (<see cref="Write"/>); a bucket that is missing or not the caller's makes it FAILED with one error saying so. The
/// advance call that ends it can force FAILED (nothing written). Mutable, guarded by the <see cref="ExportStore"/> lock.
/// </summary>
internal sealed class ExportTask
{
    public required string ExportId { get; init; }

    public required string AccountId { get; init; }

    public required string Region { get; init; }

    public required string S3Bucket { get; init; }

    public required string S3Key { get; init; }

    public string? S3BucketOwner { get; init; }

    public required IReadOnlyDictionary<string, string> Tags { get; init; }

    /// <summary>Writes the export file; returns the counts written, or a reason it could not be written.</summary>
    public required Func<ExportTask, DateTimeOffset, (InventoryExportCounts? Counts, string? Failure)> Write { get; init; }

    public required DateTimeOffset CreationDateTime { get; init; }

    public DateTimeOffset? EndDateTime { get; private set; }

    public DateTimeOffset LastStepAt { get; private set; }

    public string Status { get; private set; } = ImportStatuses.Pending;

    public double ProgressPercentage { get; private set; }

    public InventoryExportCounts? Counts { get; private set; }

    public List<ExportError> Errors { get; } = [];

    public bool IsFinished => Status is ImportStatuses.Succeeded or ImportStatuses.Failed;

    public string Arn => $"arn:aws:mgn:{Region}:{AccountId}:export/{ExportId}";

    public void Begin(DateTimeOffset now) => LastStepAt = now;

    /// <summary>One step along the path, or straight to <paramref name="to"/> (STARTED, SUCCEEDED, FAILED).</summary>
    public void Advance(string? to, DateTimeOffset now)
    {
        if (IsFinished)
        {
            throw new InvalidOperationException($"Export {ExportId} has already ended ({Status}).");
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
                Finish(now);
                break;
            case ImportStatuses.Failed:
                (Status, EndDateTime) = (ImportStatuses.Failed, now);
                Errors.Add(new ExportError(now, "The export was failed by the emulator's admin API (a forced outcome); nothing was written."));
                break;
            default:
                throw new ArgumentException($"Unknown export status '{to}'. Use STARTED, SUCCEEDED or FAILED.", nameof(to));
        }
    }

    private void Finish(DateTimeOffset now)
    {
        EndDateTime = now;
        var (counts, failure) = Write(this, now);
        if (failure is not null)
        {
            Status = ImportStatuses.Failed;
            Errors.Add(new ExportError(now, failure));
            return;
        }

        (Status, ProgressPercentage, Counts) = (ImportStatuses.Succeeded, 100, counts);
    }

    public ExportSnapshot ToSnapshot() => new(
        ExportId, Arn, AccountId, Region, S3Bucket, S3Key, S3BucketOwner, CreationDateTime, EndDateTime, Status, ProgressPercentage,
        Counts?.Waves, Counts?.Applications, Counts?.Servers, Tags, Errors.ToArray());
}
