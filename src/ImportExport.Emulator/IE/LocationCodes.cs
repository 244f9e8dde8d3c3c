namespace ImportExport.Emulator;

/// <summary>Where the device is (GetStatus LocationCode).</summary>
public static class LocationCodes
{
    public const string NotReceived = "NotReceived";
    public const string AtAws = "AtAWS";
    public const string Returned = "Returned";

    public static readonly IReadOnlyList<string> All = [NotReceived, AtAws, Returned];
}
