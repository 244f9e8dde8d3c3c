namespace ImportExport.Emulator;

/// <summary>A read-only copy of a job for assertions; <see cref="EmulatorState.GetJob"/> returns one.</summary>
public sealed record JobSnapshot(
    string JobId,
    string JobType,
    string AccountId,
    string AccessKeyId,
    DateTimeOffset CreationDate,
    string Manifest,
    string LocationCode,
    string LocationMessage,
    string ProgressCode,
    string ProgressMessage,
    int? ErrorCount,
    string? Carrier,
    string? TrackingNumber,
    string LogBucket,
    string LogKey,
    string Signature,
    string SignatureFileContents)
{
    public bool IsCanceled => ProgressCode == ProgressCodes.Canceled;

    /// <summary>True once the data transfer has started: CancelJob and UpdateJob are refused from then on.</summary>
    public bool HasStarted => ProgressCode != ProgressCodes.Pending || LocationCode == LocationCodes.Returned;
}
