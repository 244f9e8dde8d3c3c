namespace ImportExport.Emulator;

/// <summary>A read-only copy of an import for assertions; <see cref="EmulatorState.GetImport"/> returns one.</summary>
public sealed record ImportSnapshot(
    string ImportId,
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
    ImportCounts Waves,
    ImportCounts Applications,
    ImportCounts Servers,
    IReadOnlyDictionary<string, string> Tags,
    string? ClientToken,
    IReadOnlyList<ImportError> Errors);
