using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ImportExport.Emulator;

/// <summary>
/// One Import/Export job. Mutable, guarded by the <see cref="JobStore"/> lock. Kept small (no per-job copies of
/// derivable text) because a benchmark seeds 100,000 of them: the signature is computed when asked for.
/// </summary>
internal sealed class ImportExportJob
{
    // Per-process secret behind job signatures: they only need to look and behave like the real ones (HMAC-SHA1, base64).
    private static readonly byte[] SignatureKey = RandomNumberGenerator.GetBytes(32);

    public required string JobId { get; init; }

    public required string JobType { get; init; }

    public required string AccountId { get; init; }

    public required string AccessKeyId { get; init; }

    public required DateTimeOffset CreationDate { get; init; }

    /// <summary>Position in the owner's creation-ordered list; ListJobs pages from it.</summary>
    public required int Index { get; init; }

    public required string Manifest { get; set; }

    public required string LogBucket { get; set; }

    public required string LogPrefix { get; set; }

    public string LocationCode { get; set; } = LocationCodes.NotReceived;

    public string ProgressCode { get; set; } = ProgressCodes.Pending;

    public int? ErrorCount { get; set; }

    public string? TrackingNumber { get; set; }

    public bool IsCanceled => ProgressCode == ProgressCodes.Canceled;

    public bool IsExpired => ProgressCode == ProgressCodes.Expired;

    /// <summary>Cancel and update are allowed only while the device has not been worked on.</summary>
    public bool HasStarted => ProgressCode != ProgressCodes.Pending || LocationCode == LocationCodes.Returned;

    public string LogKey => $"{LogPrefix}{(JobType == "Import" ? "import" : "export")}-log-{JobId}";

    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "The SIGNATURE file's format names HmacSHA1 (signingMethod:HmacSHA1); the emulator's job signatures only need to look and behave like the service's, and they secure nothing.")]
    public string Signature => Convert.ToBase64String(HMACSHA1.HashData(SignatureKey, Encoding.UTF8.GetBytes(JobId + "\n" + AccessKeyId)));

    /// <summary>The SIGNATURE file the customer copies to the device root.</summary>
    public string SignatureFileContents => $"version:2.0\nsigningMethod:HmacSHA1\njobId:{JobId}\nsignature:{Signature}\n";

    public string? Carrier => LocationCode == LocationCodes.Returned ? "UPS" : null;

    public string LocationMessage => LocationCode switch
    {
        LocationCodes.NotReceived => "The specified job has not been received at AWS.",
        LocationCodes.AtAws => "The device is at AWS.",
        _ => "The device has been returned to you.",
    };

    public string ProgressMessage => ProgressCode switch
    {
        ProgressCodes.Pending => LocationCode == LocationCodes.NotReceived ? "The specified job has not started." : "The device has been received and is waiting to be loaded.",
        ProgressCodes.InProgress => "Your data is being transferred.",
        ProgressCodes.Complete => "The job completed successfully.",
        ProgressCodes.SuccessWithErrors => $"The job completed with {ErrorCount ?? 0} errors; see the log in {LogBucket}/{LogKey}.",
        ProgressCodes.Canceled => "The specified job has been canceled.",
        ProgressCodes.Expired => "The job expired because the device was not received within 30 days.",
        "DeviceError" => "The device could not be read.",
        "InvalidSignature" => "The signature file on the device does not match the job.",
        "MissingDevice" => "The device was not in the package.",
        "MissingSignature" => "The device has no signature file.",
        "UnsupportedDeviceType" => "The device type is not supported.",
        "UnsupportedFileFormat" => "The file system on the device is not supported.",
        "UnsupportedPowerSupply" => "The power supply is not supported.",
        _ => ProgressCode,
    };

    public JobSnapshot ToSnapshot() => new(
        JobId, JobType, AccountId, AccessKeyId, CreationDate, Manifest, LocationCode, LocationMessage, ProgressCode, ProgressMessage, ErrorCount, Carrier, TrackingNumber,
        LogBucket, LogKey, Signature, SignatureFileContents);

    /// <summary>
    /// Moves the job along its lifecycle. Without a target: one step of NotReceived/Pending → AtAWS/Pending →
    /// AtAWS/InProgress → AtAWS/Complete → Returned/Complete. With a target: any LocationCode, ProgressCode or state name.
    /// </summary>
    public void Advance(string? to)
    {
        if (to is null)
        {
            switch (LocationCode, ProgressCode)
            {
                case (LocationCodes.NotReceived, ProgressCodes.Pending):
                    LocationCode = LocationCodes.AtAws;
                    return;
                case (LocationCodes.AtAws, ProgressCodes.Pending):
                    ProgressCode = ProgressCodes.InProgress;
                    return;
                case (LocationCodes.AtAws, ProgressCodes.InProgress):
                    ProgressCode = ProgressCodes.Complete;
                    ErrorCount = 0;
                    return;
                case (LocationCodes.AtAws, _):
                    Return();
                    return;
                default:
                    throw new InvalidOperationException($"Job {JobId} is {LocationCode}/{ProgressCode}: it has no next step.");
            }
        }

        var target = LocationCodes.All.Concat(ProgressCodes.All).FirstOrDefault(c => string.Equals(c, to, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Unknown job state '{to}'. Use a LocationCode ({string.Join(", ", LocationCodes.All)}) or a ProgressCode ({string.Join(", ", ProgressCodes.All)}).", nameof(to));

        switch (target)
        {
            case LocationCodes.NotReceived:
                (LocationCode, ProgressCode, ErrorCount) = (LocationCodes.NotReceived, ProgressCodes.Pending, null);
                break;
            case LocationCodes.AtAws:
                LocationCode = LocationCodes.AtAws;
                break;
            case LocationCodes.Returned:
                Return();
                break;
            case ProgressCodes.Pending:
                (ProgressCode, ErrorCount) = (ProgressCodes.Pending, null);
                break;
            case ProgressCodes.InProgress:
                (LocationCode, ProgressCode) = (LocationCodes.AtAws, ProgressCodes.InProgress);
                break;
            case ProgressCodes.Complete:
                (LocationCode, ProgressCode, ErrorCount) = (LocationCodes.AtAws, ProgressCodes.Complete, 0);
                break;
            case ProgressCodes.SuccessWithErrors:
                // A fixed count so tests can assert it.
                (LocationCode, ProgressCode, ErrorCount) = (LocationCodes.AtAws, ProgressCodes.SuccessWithErrors, 3);
                break;
            case ProgressCodes.Canceled:
            case ProgressCodes.Expired:
                (ProgressCode, ErrorCount) = (target, null);
                break;
            default:
                // Device problems are found once the device is at AWS, except a device that never arrived in the package.
                (LocationCode, ProgressCode, ErrorCount) = (target == "MissingDevice" ? LocationCodes.NotReceived : LocationCodes.AtAws, target, null);
                break;
        }
    }

    private void Return()
    {
        if (ProgressCode is ProgressCodes.Pending or ProgressCodes.InProgress)
        {
            (ProgressCode, ErrorCount) = (ProgressCodes.Complete, 0);
        }

        LocationCode = LocationCodes.Returned;

        // UPS-style tracking number derived from the job id: stable across GetStatus calls.
        TrackingNumber ??= "1Z" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JobId)))[..16];
    }

    public static string FormatDate(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
