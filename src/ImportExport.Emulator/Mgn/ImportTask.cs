using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ImportExport.Emulator;

/// <summary>MGN import statuses.</summary>
public static class ImportStatuses
{
    public const string Pending = "PENDING";
    public const string Started = "STARTED";
    public const string Failed = "FAILED";
    public const string Succeeded = "SUCCEEDED";
}

/// <summary>Created/modified counts of one kind of resource in an import summary.</summary>
public sealed record ImportCounts(long CreatedCount, long ModifiedCount);

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

/// <summary>
/// One MGN import. Its path: PENDING 0% → STARTED 25% → STARTED 75% → SUCCEEDED 100% or FAILED. The outcome is
/// chosen at creation (an s3Key containing "fail" fails) and can be overridden by the advance call that ends it.
/// Mutable, guarded by the <see cref="ImportStore"/> lock.
/// </summary>
internal sealed class ImportTask
{
    private static readonly ImportCounts None = new(0, 0);

    public required string ImportId { get; init; }

    public required string AccountId { get; init; }

    public required string Region { get; init; }

    public required string S3Bucket { get; init; }

    public required string S3Key { get; init; }

    public string? S3BucketOwner { get; init; }

    public required IReadOnlyDictionary<string, string> Tags { get; init; }

    public string? ClientToken { get; init; }

    /// <summary>Canonical text of the StartImport input; a reused clientToken must come with the same input.</summary>
    public required string Fingerprint { get; init; }

    public required DateTimeOffset CreationDateTime { get; init; }

    public DateTimeOffset? EndDateTime { get; private set; }

    public DateTimeOffset LastStepAt { get; private set; }

    public string Status { get; private set; } = ImportStatuses.Pending;

    public double ProgressPercentage { get; private set; }

    public ImportCounts Waves { get; private set; } = None;

    public ImportCounts Applications { get; private set; } = None;

    public ImportCounts Servers { get; private set; } = None;

    public List<ImportError> Errors { get; } = [];

    public bool IsFinished => Status is ImportStatuses.Succeeded or ImportStatuses.Failed;

    public string Arn => $"arn:aws:mgn:{Region}:{AccountId}:import/{ImportId}";

    public void Begin(DateTimeOffset now) => LastStepAt = now;

    /// <summary>One step along the path, or straight to <paramref name="to"/> (STARTED, SUCCEEDED, FAILED).</summary>
    public void Advance(string? to, DateTimeOffset now)
    {
        if (IsFinished)
        {
            throw new InvalidOperationException($"Import {ImportId} has already ended ({Status}).");
        }

        LastStepAt = now;
        switch (to?.ToUpperInvariant())
        {
            case null when Status == ImportStatuses.Pending:
            case ImportStatuses.Started when Status == ImportStatuses.Pending:
                (Status, ProgressPercentage) = (ImportStatuses.Started, 25);
                break;
            case null when ProgressPercentage < 75:
            case ImportStatuses.Started:
                ProgressPercentage = 75;
                break;
            case null:
                Finish(S3Key.Contains("fail", StringComparison.OrdinalIgnoreCase) ? ImportStatuses.Failed : ImportStatuses.Succeeded, now);
                break;
            case ImportStatuses.Succeeded:
            case ImportStatuses.Failed:
                Finish(to.ToUpperInvariant(), now);
                break;
            default:
                throw new ArgumentException($"Unknown import status '{to}'. Use STARTED, SUCCEEDED or FAILED.", nameof(to));
        }
    }

    private void Finish(string status, DateTimeOffset now)
    {
        Status = status;
        EndDateTime = now;
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes(ImportId));
        string Id(string prefix, int offset, bool lower = false)
        {
            var text = Convert.ToHexString(seed, offset, 9)[..17];
            return prefix + (lower ? text.ToLowerInvariant() : text);
        }

        if (status == ImportStatuses.Succeeded)
        {
            ProgressPercentage = 100;
            (Waves, Applications, Servers) = (new ImportCounts(1, 0), new ImportCounts(2, 1), new ImportCounts(3, 1));

            // A succeeded import can still have rows the service skipped: keys naming "warn" get two validation errors,
            // "warn1" just one.
            if (S3Key.Contains("warn", StringComparison.OrdinalIgnoreCase))
            {
                Errors.Add(new ImportError(now, "VALIDATION_ERROR", 4, "mgn:server:platform: unsupported value 'solaris'", AccountId, null, null, null, null));
                if (!S3Key.Contains("warn1", StringComparison.OrdinalIgnoreCase))
                {
                    Errors.Add(new ImportError(now, "VALIDATION_ERROR", 7, "mgn:app:name: value exceeds 256 characters", AccountId, null, null, null, null));
                }
            }

            return;
        }

        // FAILED: a deterministic handful of errors naming the resources they concern.
        (Waves, Applications, Servers) = (None, new ImportCounts(1, 0), None);
        Errors.Add(new ImportError(now, "VALIDATION_ERROR", 2, "mgn:server:user-provided-id: missing required value", AccountId, null, null, null, null));
        Errors.Add(new ImportError(now, "VALIDATION_ERROR", 3, "mgn:wave:name: duplicate wave name 'wave-1'", AccountId, null, null, Id("wave-", 0), null));
        Errors.Add(new ImportError(now, "PROCESSING_ERROR", 5, "Source server could not be created: quota exceeded", AccountId, Id("app-", 4), Id("s-", 8), null, null));
        Errors.Add(new ImportError(now, "PROCESSING_ERROR", 6, "EC2 launch template could not be updated", AccountId, Id("app-", 4), Id("s-", 12), null, Id("lt-", 16, lower: true)));
    }

    public ImportSnapshot ToSnapshot() => new(
        ImportId, Arn, AccountId, Region, S3Bucket, S3Key, S3BucketOwner, CreationDateTime, EndDateTime, Status, ProgressPercentage,
        Waves, Applications, Servers, Tags, ClientToken, Errors.ToArray());

    public static string FormatDate(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
