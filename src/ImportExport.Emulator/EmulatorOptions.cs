namespace ImportExport.Emulator;

/// <summary>How an emulator instance behaves. Defaults suit both the command line and in-process tests.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The buckets every emulator knows unless told otherwise; the documentation's examples use them.</summary>
    public static readonly IReadOnlyList<string> DefaultBuckets = ["my-import-bucket", "my-export-bucket", "my-log-bucket", "examplebucket"];

    /// <summary>TCP port on 127.0.0.1; 0 picks a free one (read it back from <see cref="EmulatorServer.BaseUri"/>).</summary>
    public int Port { get; set; }

    public IList<EmulatorCredential> Credentials { get; set; } = [EmulatorCredential.DocumentationExample];

    /// <summary>Buckets that "exist": manifests naming any other bucket fail with NoSuchBucketException.</summary>
    public ISet<string> Buckets { get; set; } = new HashSet<string>(DefaultBuckets, StringComparer.Ordinal);

    /// <summary>How often an MGN import moves one step on its own; zero or negative means only on request (admin API or <see cref="EmulatorState.AdvanceImport"/>).</summary>
    public TimeSpan ImportStepInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Requests signed further from the emulator's clock than this fail as expired, as AWS does.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How far the emulator's clock runs ahead of the machine's (negative: behind). Signatures are checked against it
    /// and responses carry it in their Date header, so a client looks skewed by this much: a way to test clock-skew
    /// correction (AWSSDK.Core corrects from the Date header and retries) and the errors without it.
    /// </summary>
    public TimeSpan ClockOffset { get; set; }

    /// <summary>
    /// How long the credentials STS (AssumeRole, AssumeRoleWithWebIdentity) and the SSO portal issue last, whatever
    /// DurationSeconds asks for; null: as asked, one hour by default. Shorter than STS's 15-minute minimum is allowed,
    /// so tests can watch credentials expire during a command (the command line's <c>--issued-credential-seconds</c>).
    /// </summary>
    public TimeSpan? IssuedCredentialLifetime { get; set; }

    /// <summary>Session tokens that are known but expired: requests using them fail with ExpiredToken.</summary>
    public ISet<string> ExpiredSessionTokens { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Accounts for which MGN is not initialized: MGN calls fail with UninitializedAccountException.</summary>
    public ISet<string> UninitializedAccounts { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Imports an account may have PENDING or STARTED per region; more fail with ServiceQuotaExceededException. 0 = unlimited.</summary>
    public int MaxActiveImports { get; set; }

    /// <summary>Faults active from the start (the command line's <c>--fault</c>).</summary>
    public IList<FaultSpec> Faults { get; set; } = [];

    /// <summary>Requests kept in the request log; the oldest are dropped beyond this so long benchmarks stay lean. 0 disables recording.</summary>
    public int MaxRecordedRequests { get; set; } = 10_000;

    /// <summary>Jobs created for the first credential's account at start-up (like <c>POST /__admin/seed?jobs=N</c>).</summary>
    public int SeedJobs { get; set; }

    /// <summary>Minimum level of ASP.NET Core's console log; Warning keeps the command line quiet after the first line.</summary>
    public LogLevel LogLevel { get; set; } = LogLevel.Warning;
}
