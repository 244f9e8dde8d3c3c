namespace ImportExport.Emulator;

/// <summary>A read-only copy of an MGN export for assertions; <see cref="EmulatorState.GetExport"/> returns one.</summary>
public sealed record ExportSnapshot(
    string ExportId,
    string Arn,
    string AccountId,
    string Region,
    string S3Bucket,
    string S3Key,
    string? S3BucketOwner,
    DateTimeOffset CreationDateTime,
    DateTimeOffset? EndDateTime,
    string Status,
    double ProgressPercentage,
    long? WavesCount,
    long? ApplicationsCount,
    long? ServersCount,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyList<ExportError> Errors);
