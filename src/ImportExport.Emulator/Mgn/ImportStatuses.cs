namespace ImportExport.Emulator;

/// <summary>MGN import statuses.</summary>
public static class ImportStatuses
{
    public const string Pending = "PENDING";
    public const string Started = "STARTED";
    public const string Failed = "FAILED";
    public const string Succeeded = "SUCCEEDED";
}
