using System.Globalization;
using ImportExport.Emulator.Mgn;
using ImportExport.Inventory;

namespace ImportExport.Emulator;

/// <summary>
/// One MGN import. Its path: PENDING 0% → STARTED 25% → STARTED 75% → SUCCEEDED 100% or FAILED. The object is read
/// at StartImport and applied at the last step: FAILED when it is missing or not an inventory CSV, else SUCCEEDED
/// with real counts and the rows' errors. The advance call that ends it can force FAILED (nothing applied).
/// Mutable, guarded by the <see cref="ImportStore"/> lock.
/// </summary>
internal sealed class ImportTask
{
    private static readonly ImportCounts None = new(0, 0);

    public required string ImportId { get; init; }

    public required string AccountId { get; init; }

    public required string Region { get; init; }

    public required string S3Bucket { get; init; }

    public required string S3Key { get; init; }

    public string? S3BucketOwner { get; init; }

    public required IReadOnlyDictionary<string, string> Tags { get; init; }

    public string? ClientToken { get; init; }

    /// <summary>The object's bytes as StartImport read them, or null with <see cref="ReadFailure"/> saying why.</summary>
    public byte[]? Content { get; init; }

    public string? ReadFailure { get; init; }

    /// <summary>Applies a checked file to the account's waves, applications and servers (the <see cref="InventoryStore"/>).</summary>
    public Func<InventoryCheck, DateTimeOffset, ApplyResult>? Apply { get; init; }

    /// <summary>Canonical text of the StartImport input; a reused clientToken must come with the same input.</summary>
    public required string Fingerprint { get; init; }

    public required DateTimeOffset CreationDateTime { get; init; }

    public DateTimeOffset? EndDateTime { get; private set; }

    public DateTimeOffset LastStepAt { get; private set; }

    public string Status { get; private set; } = ImportStatuses.Pending;

    public double ProgressPercentage { get; private set; }

    public ImportCounts Waves { get; private set; } = None;

    public ImportCounts Applications { get; private set; } = None;

    public ImportCounts Servers { get; private set; } = None;

    public List<ImportError> Errors { get; } = [];

    public bool IsFinished => Status is ImportStatuses.Succeeded or ImportStatuses.Failed;

    public string Arn => $"arn:aws:mgn:{Region}:{AccountId}:import/{ImportId}";

    public void Begin(DateTimeOffset now) => LastStepAt = now;

    /// <summary>One step along the path, or straight to <paramref name="to"/> (STARTED, SUCCEEDED, FAILED).</summary>
    public void Advance(string? to, DateTimeOffset now)
    {
        if (IsFinished)
        {
            throw new InvalidOperationException($"Import {ImportId} has already ended ({Status}).");
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
                Finish(ImportStatuses.Succeeded, now);
                break;
            case ImportStatuses.Succeeded:
            case ImportStatuses.Failed:
                Finish(to.ToUpperInvariant(), now, forced: true);
                break;
            default:
                throw new ArgumentException($"Unknown import status '{to}'. Use STARTED, SUCCEEDED or FAILED.", nameof(to));
        }
    }

    private void Finish(string status, DateTimeOffset now, bool forced = false)
    {
        Status = status;
        EndDateTime = now;
        if (status == ImportStatuses.Failed)
        {
            // Forced by the admin API (Advance to FAILED): nothing is applied; the one error says so.
            Errors.Add(new ImportError(now, InventoryRule.ProcessingError, 0, "The import was failed by the emulator's admin API (a forced outcome); nothing was applied.", AccountId, null, null, null, null));
            return;
        }

        if (Content is null && forced)
        {
            // Forced SUCCEEDED without a readable object: succeeds, having applied nothing.
            ProgressPercentage = 100;
            return;
        }

        if (Content is null)
        {
            Status = ImportStatuses.Failed;
            Errors.Add(new ImportError(now, InventoryRule.ProcessingError, 0, ReadFailure ?? "The inventory file could not be read.", AccountId, null, null, null, null));
            return;
        }

        var check = InventoryChecker.Check(Content);
        if (check.FileRejected)
        {
            // Not CSV, or a header that cannot be read: nothing is applied and the import fails.
            Status = ImportStatuses.Failed;
            Errors.AddRange(check.Problems.Select(p => new ImportError(now, p.ErrorType, p.RowNumber, p.RawError, AccountId, null, null, null, null)));
            return;
        }

        var result = Apply!(check, now);
        (Waves, Applications, Servers) = (result.Waves, result.Applications, result.Servers);
        Errors.AddRange(result.Errors);
        if (status == ImportStatuses.Succeeded)
        {
            ProgressPercentage = 100;
        }
    }

    public ImportSnapshot ToSnapshot() => new(
        ImportId, Arn, AccountId, Region, S3Bucket, S3Key, S3BucketOwner, CreationDateTime, EndDateTime, Status, ProgressPercentage,
        Waves, Applications, Servers, Tags, ClientToken, Errors.ToArray());

    public static string FormatDate(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
