namespace ImportExport.Emulator;

/// <summary>One entry of ListImportErrors.</summary>
public sealed record ImportError(
    DateTimeOffset ErrorDateTime,
    string ErrorType,
    long RowNumber,
    string RawError,
    string AccountId,
    string? ApplicationId,
    string? SourceServerId,
    string? WaveId,
    string? Ec2LaunchTemplateId);
