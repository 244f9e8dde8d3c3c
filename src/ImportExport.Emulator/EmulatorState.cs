using System.Collections.Concurrent;
using ImportExport.Emulator.Auth;
using ImportExport.Emulator.IE;

namespace ImportExport.Emulator;

/// <summary>
/// Everything the emulator knows, shared by the HTTP handlers, the admin API and in-process tests. Thread-safe:
/// each store takes its own short lock.
/// </summary>
public sealed class EmulatorState : IDisposable
{
    private readonly ConcurrentDictionary<string, byte> buckets;
    private readonly ConcurrentDictionary<string, EmulatorCredential> credentials;
    private readonly ConcurrentDictionary<string, byte> uninitializedAccounts;
    private readonly Timer? importTimer;

    internal EmulatorState(EmulatorOptions options)
    {
        Options = options;
        buckets = new(options.Buckets.Select(b => KeyValuePair.Create(b, (byte)0)), StringComparer.Ordinal);
        credentials = new(options.Credentials.Select(c => KeyValuePair.Create(c.AccessKeyId, c)), StringComparer.Ordinal);
        uninitializedAccounts = new(options.UninitializedAccounts.Select(a => KeyValuePair.Create(a, (byte)0)), StringComparer.Ordinal);
        RequestLog = new RequestLog(options.MaxRecordedRequests);
        Faults = new FaultInjector();
        foreach (var fault in options.Faults)
        {
            Faults.Add(fault);
        }

        Jobs = new JobStore();
        Imports = new ImportStore();
        Labels = new LabelStore(Jobs);
        var signing = new SigningCredentials(FindCredential, options.ExpiredSessionTokens, options.MaxClockSkew);
        SigV4 = new SigV4Verifier(signing);
        SigV2 = new SigV2Verifier(signing);

        if (options.ImportStepInterval > TimeSpan.Zero)
        {
            // Tick a few times per interval so each import steps close to `interval` after its previous step.
            var interval = options.ImportStepInterval;
            var period = TimeSpan.FromMilliseconds(Math.Clamp(interval.TotalMilliseconds / 4, 10, 1000));
            importTimer = new Timer(
                _ =>
                {
                    Imports.Tick(interval, DateTimeOffset.UtcNow);
                    Exports.Tick(interval, DateTimeOffset.UtcNow);
                },
                null,
                period,
                period);
        }

        if (options.SeedJobs > 0)
        {
            SeedJobs(options.SeedJobs);
        }
    }

    public EmulatorOptions Options { get; }

    public FaultInjector Faults { get; }

    /// <summary>How many requests of each operation were handled at once (see <see cref="ConcurrencyGauge"/>).</summary>
    public ConcurrencyGauge Concurrency { get; } = new();

    internal RequestLog RequestLog { get; }

    internal JobStore Jobs { get; }

    internal ImportStore Imports { get; }

    internal ExportStore Exports { get; } = new();

    internal S3.ObjectStore Objects { get; } = new();

    internal Mgn.InventoryStore Inventory { get; } = new();

    /// <summary>The account that owns the emulator's buckets (x-amz-expected-bucket-owner, s3BucketOwner): the first credential's.</summary>
    public string BucketOwner => Options.Credentials.FirstOrDefault()?.AccountId ?? "111122223333";

    /// <summary>Stores an object in the S3 stand-in, as PutObject would (tests, the admin API).</summary>
    public void PutObject(string bucket, string key, byte[] body, string contentType = "text/csv")
    {
        if (!BucketExists(bucket))
        {
            throw new ArgumentException($"No bucket {bucket}.", nameof(bucket));
        }

        Objects.Put(bucket, key, new S3.StoredObject(body, S3.StoredObject.ETagOf(body), contentType, DateTimeOffset.UtcNow + Options.ClockOffset, new Dictionary<string, string>()));
    }

    /// <summary>
    /// Stores the file an MGN export wrote, with the CRC32 checksum S3 records for new objects, so that a GetObject
    /// asking for checksums (x-amz-checksum-mode: ENABLED) gets one to verify.
    /// </summary>
    internal void PutExportObject(string bucket, string key, byte[] body, DateTimeOffset now)
    {
        var checksums = new Dictionary<string, string>(StringComparer.Ordinal) { ["crc32"] = Convert.ToBase64String(S3.Crc32.Compute(body, castagnoli: false)) };
        Objects.Put(bucket, key, new S3.StoredObject(body, S3.StoredObject.ETagOf(body), "text/csv", now, checksums));
    }

    /// <summary>The object's bytes, or null.</summary>
    public byte[]? GetObject(string bucket, string key) => Objects.Get(bucket, key)?.Body;

    /// <summary>The waves, applications and servers the imports of an account have made in a region.</summary>
    public Mgn.InventorySnapshot GetInventory(string accountId, string region) => Inventory.Snapshot(accountId, region);

    internal LabelStore Labels { get; }

    internal SigV4Verifier SigV4 { get; }

    internal SigV2Verifier SigV2 { get; }

    /// <summary>The recorded service requests, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests => RequestLog.Snapshot();

    public void ClearRequests() => RequestLog.Clear();

    /// <summary>How many faults of each kind have fired.</summary>
    public IReadOnlyDictionary<FaultKind, int> FaultsInjected => Faults.Injected;

    public void InjectFault(FaultSpec fault) => Faults.Add(fault);

    public void ClearFaults() => Faults.Clear();

    public IReadOnlyCollection<string> Buckets => buckets.Keys.ToArray();

    public void AddBucket(string name)
    {
        if (S3BucketNameRule(name) is { } rule)
        {
            throw new ArgumentException($"'{name}' is not a valid bucket name: it {rule}.", nameof(name));
        }

        buckets.TryAdd(name, 0);
    }

    public bool BucketExists(string name) => buckets.ContainsKey(name);

    private readonly ConcurrentDictionary<string, byte> readDeniedBuckets = new(StringComparer.Ordinal);

    /// <summary>
    /// Makes GetObject and HeadObject of <paramref name="bucket"/> answer 403 AccessDenied to every caller, as a bucket
    /// policy that lets MGN's service role write but not the caller read does; MGN still writes exports into it.
    /// </summary>
    public void DenyObjectReads(string bucket) => readDeniedBuckets.TryAdd(bucket, 0);

    internal bool ObjectReadsDenied(string bucket) => readDeniedBuckets.ContainsKey(bucket);

    public void AddCredential(EmulatorCredential credential) => credentials[credential.AccessKeyId] = credential;

    private readonly ConcurrentDictionary<string, byte> ssoAccessTokens = new(StringComparer.Ordinal);

    /// <summary>An SSO access token (what `aws sso login` caches) that the SSO portal accepts.</summary>
    public void AddSsoAccessToken(string token) => ssoAccessTokens[token] = 0;

    internal bool IsSsoAccessToken(string? token) => token is not null && ssoAccessTokens.ContainsKey(token);

    /// <summary>Issues temporary credentials (ASIA…) for <paramref name="accountId"/> that the services accept until <paramref name="expires"/>.</summary>
    internal EmulatorCredential IssueTemporaryCredential(string accountId, DateTimeOffset expires)
    {
        static string Random(int length, string alphabet) =>
            new(Enumerable.Range(0, length).Select(_ => alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray());
        var credential = new EmulatorCredential(
            "ASIA" + Random(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
            Random(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+"),
            "IQoJb3JpZ2luX2VtEmulator" + Random(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
            accountId)
        {
            Expires = expires,
        };
        AddCredential(credential);
        return credential;
    }

    /// <summary>How long issued credentials last: <see cref="EmulatorOptions.IssuedCredentialLifetime"/> when set, else <paramref name="asked"/>.</summary>
    internal TimeSpan IssuedLifetime(TimeSpan asked) => Options.IssuedCredentialLifetime ?? asked;

    /// <summary>Marks an account as not (or again) initialized for MGN.</summary>
    public void SetAccountInitialized(string accountId, bool initialized)
    {
        if (initialized)
        {
            uninitializedAccounts.TryRemove(accountId, out _);
        }
        else
        {
            uninitializedAccounts.TryAdd(accountId, 0);
        }
    }

    public bool IsUninitialized(string accountId) => uninitializedAccounts.ContainsKey(accountId);

    public int JobCount => Jobs.Count;

    /// <summary>A copy of the job, or null when there is none with that id.</summary>
    public JobSnapshot? GetJob(string jobId) => Jobs.With(jobId, null, job => job.ToSnapshot());

    /// <summary>A copy of the import, or null when there is none with that id.</summary>
    public ImportSnapshot? GetImport(string importId) => Imports.Get(importId);

    /// <summary>All imports of an account in a region, oldest first.</summary>
    public IReadOnlyList<ImportSnapshot> GetImports(string accountId, string region) => Imports.List(accountId, region, null);

    /// <summary>A copy of the export, or null when there is none with that id.</summary>
    public ExportSnapshot? GetExport(string exportId) => Exports.Get(exportId);

    /// <summary>Moves an export one step (PENDING → STARTED 25% → STARTED 75% → SUCCEEDED, writing its file), or to STARTED, SUCCEEDED or FAILED.</summary>
    /// <exception cref="KeyNotFoundException">No such export.</exception>
    /// <exception cref="ArgumentException">Unknown status.</exception>
    /// <exception cref="InvalidOperationException">The export has already ended.</exception>
    public ExportSnapshot AdvanceExport(string exportId, string? to = null) => Exports.Advance(exportId, to, DateTimeOffset.UtcNow);

    /// <summary>
    /// Moves a job one lifecycle step, or to <paramref name="to"/>: a LocationCode (NotReceived, AtAWS, Returned) or
    /// ProgressCode (Pending, InProgress, Complete, SuccessWithErrors, Canceled, Expired, DeviceError, ...).
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such job.</exception>
    /// <exception cref="ArgumentException">Unknown state name.</exception>
    /// <exception cref="InvalidOperationException">No next step (already returned, canceled, ...).</exception>
    public JobSnapshot AdvanceJob(string jobId, string? to = null)
    {
        JobSnapshot? result = null;
        if (!Jobs.TryUpdate(jobId, null, job =>
            {
                job.Advance(to);
                result = job.ToSnapshot();
            }))
        {
            throw new KeyNotFoundException($"No job {jobId}.");
        }

        return result!;
    }

    /// <summary>Moves an import one step (PENDING → STARTED 25% → STARTED 75% → outcome), or to STARTED, SUCCEEDED or FAILED.</summary>
    /// <exception cref="KeyNotFoundException">No such import.</exception>
    /// <exception cref="ArgumentException">Unknown status.</exception>
    /// <exception cref="InvalidOperationException">The import has already ended.</exception>
    public ImportSnapshot AdvanceImport(string importId, string? to = null) => Imports.Advance(importId, to, DateTimeOffset.UtcNow);

    /// <summary>Creates <paramref name="count"/> jobs for the first credential's account at once (benchmarks).</summary>
    public void SeedJobs(int count, string? accessKeyId = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var owner = accessKeyId is null ? Options.Credentials.FirstOrDefault() : FindCredential(accessKeyId);
        if (owner is null)
        {
            throw new InvalidOperationException("Seeding needs a credential to own the jobs.");
        }

        var bucket = buckets.ContainsKey("my-import-bucket") ? "my-import-bucket" : buckets.Keys.FirstOrDefault() ?? "my-import-bucket";
        var manifest = SeedManifest(owner.AccessKeyId, bucket);
        Jobs.Seed(owner.AccountId, owner.AccessKeyId, count, manifest, bucket, DateTimeOffset.UtcNow);
    }

    /// <summary>Forgets jobs, imports, labels, requests and faults; credentials, buckets and options stay.</summary>
    public void Reset()
    {
        Jobs.Clear();
        Imports.Clear();
        Exports.Clear();
        Objects.Clear();
        Inventory.Clear();
        Labels.Clear();
        RequestLog.Clear();
        Faults.Reset();
    }

    public void Dispose() => importTimer?.Dispose();

    internal EmulatorCredential? FindCredential(string accessKeyId) => credentials.GetValueOrDefault(accessKeyId);

    private static string? S3BucketNameRule(string name) => global::ImportExport.Manifest.S3BucketName.Validate(name);

    private static string SeedManifest(string accessKeyId, string bucket) =>
        $"""
        manifestVersion: 2.0
        accessKeyId: {accessKeyId}
        deviceId: SEEDED-DEVICE
        bucket: {bucket}
        eraseDevice: no
        returnAddress:
          name: Jane Doe
          street1: 123 Any Street
          city: Anytown
          stateOrProvince: WA
          postalCode: 91011-1111
          phoneNumber: 206-555-1000
          country: USA
        """;
}
