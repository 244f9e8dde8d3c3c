namespace ImportExport.Emulator;

/// <summary>How the job is going (GetStatus ProgressCode), including the device error codes of the developer guide.</summary>
public static class ProgressCodes
{
    public const string Pending = "Pending";
    public const string InProgress = "InProgress";
    public const string Complete = "Complete";
    public const string SuccessWithErrors = "SuccessWithErrors";
    public const string Canceled = "Canceled";
    public const string Expired = "Expired";

    public static readonly IReadOnlyList<string> DeviceErrors =
    [
        "DeviceError", "InvalidSignature", "MissingDevice", "MissingSignature", "UnsupportedDeviceType", "UnsupportedFileFormat", "UnsupportedPowerSupply",
    ];

    public static readonly IReadOnlyList<string> All = [Pending, InProgress, Complete, SuccessWithErrors, Canceled, Expired, .. DeviceErrors];
}
