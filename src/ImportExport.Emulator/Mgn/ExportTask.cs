using ImportExport.Emulator.Mgn;

namespace ImportExport.Emulator;

/// <summary>
/// One MGN export. Its path is an import's (<see cref="MgnTask{TSnapshot}"/>). At its last step it writes the account
/// and region's inventory, as it is then, as one CSV into the S3 stand-in (<see cref="Write"/>); a bucket that is
/// missing or not the caller's makes it FAILED with one error saying so. The advance call that ends it can force
/// FAILED (nothing written); a forced SUCCEEDED writes as the last step would.
/// </summary>
internal sealed class ExportTask : MgnTask<ExportSnapshot>
{
    public required string ExportId { get; init; }

    public override string Id => ExportId;

    protected override string Noun => "export";

    protected override string Work => "written";

    /// <summary>Writes the export file; returns the counts written, or a reason it could not be written.</summary>
    public required Func<ExportTask, DateTimeOffset, (InventoryExportCounts? Counts, string? Failure)> Write { get; init; }

    public InventoryExportCounts? Counts { get; private set; }

    public List<ExportError> Errors { get; } = [];

    protected override void Complete(bool forced, DateTimeOffset now)
    {
        var (counts, failure) = Write(this, now);
        if (failure is not null)
        {
            Fail(now, failure);
            return;
        }

        (Status, ProgressPercentage, Counts) = (ImportStatuses.Succeeded, 100, counts);
    }

    protected override void AddError(DateTimeOffset now, string message) => Errors.Add(new ExportError(now, message));

    public override ExportSnapshot ToSnapshot() => new(
        ExportId, Arn, AccountId, Region, S3Bucket, S3Key, S3BucketOwner, CreationDateTime, EndDateTime, Status, ProgressPercentage,
        Counts?.Waves, Counts?.Applications, Counts?.Servers, Tags, Errors.ToArray());
}
