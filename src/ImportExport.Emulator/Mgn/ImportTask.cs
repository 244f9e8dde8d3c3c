using System.Globalization;
using ImportExport.Emulator.Mgn;
using ImportExport.Inventory;

namespace ImportExport.Emulator;

/// <summary>
/// One MGN import (its path: <see cref="MgnTask{TSnapshot}"/>). The object is read at StartImport and applied at the
/// last step: FAILED when it is missing or not an inventory CSV, else SUCCEEDED with real counts and the rows' errors.
/// The advance call that ends it can force FAILED (nothing applied) or SUCCEEDED (applied when it was readable).
/// </summary>
internal sealed class ImportTask : MgnTask<ImportSnapshot>
{
    private static readonly ImportCounts None = new(0, 0);

    public required string ImportId { get; init; }

    public override string Id => ImportId;

    protected override string Noun => "import";

    protected override string Work => "applied";

    public string? ClientToken { get; init; }

    /// <summary>The object's bytes as StartImport read them, or null with <see cref="ReadFailure"/> saying why.</summary>
    public byte[]? Content { get; init; }

    public string? ReadFailure { get; init; }

    /// <summary>Applies a checked file to the account's waves, applications and servers (the <see cref="InventoryStore"/>).</summary>
    public Func<InventoryCheck, DateTimeOffset, ApplyResult>? Apply { get; init; }

    /// <summary>Canonical text of the StartImport input; a reused clientToken must come with the same input.</summary>
    public required string Fingerprint { get; init; }

    public ImportCounts Waves { get; private set; } = None;

    public ImportCounts Applications { get; private set; } = None;

    public ImportCounts Servers { get; private set; } = None;

    public List<ImportError> Errors { get; } = [];

    protected override void Complete(bool forced, DateTimeOffset now)
    {
        if (Content is null && forced)
        {
            // Forced SUCCEEDED without a readable object: succeeds, having applied nothing.
            (Status, ProgressPercentage) = (ImportStatuses.Succeeded, 100);
            return;
        }

        if (Content is null)
        {
            Fail(now, ReadFailure ?? "The inventory file could not be read.");
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
        (Status, ProgressPercentage) = (ImportStatuses.Succeeded, 100);
    }

    protected override void AddError(DateTimeOffset now, string message) =>
        Errors.Add(new ImportError(now, InventoryRule.ProcessingError, 0, message, AccountId, null, null, null, null));

    public override ImportSnapshot ToSnapshot() => new(
        ImportId, Arn, AccountId, Region, S3Bucket, S3Key, S3BucketOwner, CreationDateTime, EndDateTime, Status, ProgressPercentage,
        Waves, Applications, Servers, Tags, ClientToken, Errors.ToArray());

    public static string FormatDate(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
