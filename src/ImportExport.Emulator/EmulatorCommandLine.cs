using System.Globalization;

namespace ImportExport.Emulator;

/// <summary>The emulator's command line (public so tests can check the parsing without starting a process).</summary>
public static class EmulatorCommandLine
{
    public const string Usage = """
        usage: ImportExport.Emulator [options]
          --port N                     TCP port on 127.0.0.1 (default 0 = any free port)
          --credential AK:SK[:TOKEN[:ACCOUNT]]
                                       accepted key pair (repeatable; replaces the default AKIAIOSFODNN7EXAMPLE pair)
          --bucket NAME                bucket that exists, besides the defaults (repeatable)
          --no-default-buckets         start without my-import-bucket, my-export-bucket, my-log-bucket, examplebucket
          --import-step-seconds S      MGN imports move one step every S seconds (0 = only on request; default 3)
          --max-clock-skew-minutes M   allowed signing clock skew (default 15)
          --expired-token TOKEN        session token to answer with ExpiredToken (repeatable)
          --issued-credential-seconds S
                                       credentials from STS and the SSO portal last S seconds, whatever DurationSeconds
                                       asks (default: as asked, one hour); below STS's 900 to watch them expire
          --uninitialized-account ID   account for which MGN is not initialized (repeatable)
          --max-active-imports N       MGN imports running at once per account/region before ServiceQuotaExceeded (0 = no limit)
          --fault SPEC                 Kind[,service=mgn|importexport][,operation=Op][,count=N][,rate=R][,seed=S][,delayMs=MS]
                                       Kind: Throttle, InternalError, ServiceUnavailable, DropConnection, DropAfterCommit, Delay
          --seed-jobs N                create N jobs at start-up
          --max-recorded-requests N    request log size (default 10000; 0 disables)
          --verbose                    log at Information level
        """;

    /// <summary>Options from <paramref name="args"/>, or null when help was asked for.</summary>
    public static EmulatorOptions? Parse(string[] args)
    {
        var options = new EmulatorOptions();
        var credentials = new List<EmulatorCredential>();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{name} needs a value.");
            int Int() => int.Parse(Value(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

            switch (name)
            {
                case "-h" or "--help": return null;
                case "--port": options.Port = Int(); break;
                case "--credential": credentials.Add(EmulatorCredential.Parse(Value())); break;
                case "--bucket": options.Buckets.Add(Value()); break;
                case "--no-default-buckets": options.Buckets.ExceptWith(EmulatorOptions.DefaultBuckets); break;
                case "--issued-credential-seconds": options.IssuedCredentialLifetime = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)); break;
                case "--import-step-seconds": options.ImportStepInterval = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)); break;
                case "--max-clock-skew-minutes": options.MaxClockSkew = TimeSpan.FromMinutes(double.Parse(Value(), CultureInfo.InvariantCulture)); break;
                case "--expired-token": options.ExpiredSessionTokens.Add(Value()); break;
                case "--uninitialized-account": options.UninitializedAccounts.Add(Value()); break;
                case "--max-active-imports": options.MaxActiveImports = Int(); break;
                case "--fault": options.Faults.Add(FaultSpec.Parse(Value())); break;
                case "--seed-jobs": options.SeedJobs = Int(); break;
                case "--max-recorded-requests": options.MaxRecordedRequests = Int(); break;
                case "--verbose": options.LogLevel = LogLevel.Information; break;
                default: throw new FormatException($"Unknown option {name}.");
            }
        }

        if (options.Port is < 0 or > 65535)
        {
            throw new FormatException("--port is 0 to 65535.");
        }

        foreach (var bucket in options.Buckets)
        {
            if (ImportExport.Manifest.S3BucketName.Validate(bucket) is { } rule)
            {
                throw new FormatException($"--bucket {bucket}: a bucket name {rule}.");
            }
        }

        if (credentials.Count > 0)
        {
            options.Credentials = credentials;
        }

        return options;
    }
}
