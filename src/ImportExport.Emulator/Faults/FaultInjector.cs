using System.Text.Json.Serialization;

namespace ImportExport.Emulator;

/// <summary>What goes wrong when a fault fires.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FaultKind>))]
public enum FaultKind
{
    /// <summary>The service throttles: Import/Export answers 400 <c>Throttling</c> (XML), MGN 429 <c>ThrottlingException</c>.</summary>
    Throttle,

    /// <summary>HTTP 500 with the service's InternalError / InternalServerException body.</summary>
    InternalError,

    /// <summary>HTTP 503 with the small HTML body an AWS load balancer sends (no service error envelope).</summary>
    ServiceUnavailable,

    /// <summary>The connection is aborted before the request is processed: nothing changes.</summary>
    DropConnection,

    /// <summary>The request is processed and committed, then the connection is aborted without a response: a retry sees the effect.</summary>
    DropAfterCommit,

    /// <summary>The response is delayed by <see cref="FaultSpec.DelayMs"/>, then the request is processed normally.</summary>
    Delay,
}

/// <summary>
/// One fault rule. It matches requests by service and operation (null = any) and fires either for the next
/// <see cref="Count"/> matching requests or, when <see cref="Rate"/> is set, at that probability with a seeded
/// generator so a failing retry test can be replayed exactly.
/// </summary>
public sealed class FaultSpec
{
    public FaultKind Kind { get; set; }

    /// <summary><c>importexport</c> (or <c>ie</c>) / <c>mgn</c>; null matches both.</summary>
    public string? Service { get; set; }

    /// <summary>Operation name such as <c>CreateJob</c> or <c>StartImport</c>; null matches all.</summary>
    public string? Operation { get; set; }

    /// <summary>Fire for the next N matching requests (default 1 when no rate is given).</summary>
    public int? Count { get; set; }

    /// <summary>Probability 0..1 of firing for each matching request; takes precedence over <see cref="Count"/>.</summary>
    public double? Rate { get; set; }

    /// <summary>Seed of the generator behind <see cref="Rate"/>.</summary>
    public int? Seed { get; set; }

    /// <summary>Milliseconds to wait for <see cref="FaultKind.Delay"/>.</summary>
    public int DelayMs { get; set; } = 1000;

    /// <summary>Parses the command line form <c>Kind[,service=mgn][,operation=StartImport][,count=2][,rate=0.5][,seed=7][,delayMs=100]</c>.</summary>
    public static FaultSpec Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !Enum.TryParse<FaultKind>(parts[0], ignoreCase: true, out var kind))
        {
            throw new FormatException($"A fault starts with its kind ({string.Join(", ", Enum.GetNames<FaultKind>())}): '{text}'.");
        }

        var spec = new FaultSpec { Kind = kind };
        foreach (var part in parts.Skip(1))
        {
            var eq = part.IndexOf('=');
            var (key, value) = eq < 0 ? (part, string.Empty) : (part[..eq], part[(eq + 1)..]);
            switch (key.ToLowerInvariant())
            {
                case "service": spec.Service = value; break;
                case "operation": spec.Operation = value; break;
                case "count": spec.Count = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "rate": spec.Rate = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "seed": spec.Seed = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "delayms": spec.DelayMs = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                default: throw new FormatException($"Unknown fault setting '{key}' in '{text}'.");
            }
        }

        spec.Check();
        return spec;
    }

    internal void Check()
    {
        if (Rate is < 0 or > 1)
        {
            throw new FormatException("A fault rate is between 0 and 1.");
        }

        if (Count is < 0)
        {
            throw new FormatException("A fault count is not negative.");
        }

        if (DelayMs < 0)
        {
            throw new FormatException("A fault delay is not negative.");
        }

        if (Service is not null && ServiceNames.Normalize(Service) is null)
        {
            throw new FormatException($"Unknown service '{Service}': use importexport or mgn.");
        }
    }
}

/// <summary>The services the emulator speaks (Import/Export and MGN; STS and the SSO portal for credentials; S3 only as far as imports need it), by the names used in the request log and fault rules.</summary>
public static class ServiceNames
{
    public const string ImportExport = "importexport";
    public const string Mgn = "mgn";
    public const string Sts = "sts";
    public const string Sso = "sso";
    public const string S3 = "s3";

    public static string? Normalize(string name) => name.ToLowerInvariant() switch
    {
        "importexport" or "ie" or "ingestionservice" => ImportExport,
        "mgn" => Mgn,
        "sts" => Sts,
        "sso" or "portal.sso" or "awsssoportal" => Sso,
        "s3" => S3,
        _ => null,
    };
}

/// <summary>Decides per request whether a fault fires, and counts what fired. Thread-safe.</summary>
public sealed class FaultInjector
{
    private readonly object gate = new();
    private readonly List<ActiveFault> active = [];
    private readonly Dictionary<FaultKind, int> injected = [];

    public void Add(FaultSpec spec)
    {
        spec.Check();
        lock (gate)
        {
            active.Add(new ActiveFault(spec));
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            active.Clear();
        }
    }

    /// <summary>Forgets rules and counts (admin reset).</summary>
    public void Reset()
    {
        lock (gate)
        {
            active.Clear();
            injected.Clear();
        }
    }

    /// <summary>How many faults of each kind fired since start or reset.</summary>
    public IReadOnlyDictionary<FaultKind, int> Injected
    {
        get
        {
            lock (gate)
            {
                return new Dictionary<FaultKind, int>(injected);
            }
        }
    }

    public int TotalInjected
    {
        get
        {
            lock (gate)
            {
                return injected.Values.Sum();
            }
        }
    }

    /// <summary>Snapshot of the active rules with what each still has to fire.</summary>
    public IReadOnlyList<object> Describe()
    {
        lock (gate)
        {
            return active.Select(a => (object)new
            {
                kind = a.Spec.Kind.ToString(),
                service = a.Spec.Service,
                operation = a.Spec.Operation,
                remaining = a.Spec.Rate is null ? a.Remaining : (int?)null,
                rate = a.Spec.Rate,
                seed = a.Spec.Seed,
                delayMs = a.Spec.DelayMs,
                fired = a.Fired,
            }).ToList();
        }
    }

    /// <summary>The fault to apply to this request, if any. The first matching rule that fires wins; a spent count rule is removed.</summary>
    public FaultSpec? Next(string service, string? operation)
    {
        if (active.Count == 0)
        {
            return null; // racy read on purpose: the common case of no faults takes no lock
        }

        lock (gate)
        {
            for (var i = 0; i < active.Count; i++)
            {
                var fault = active[i];
                if (!fault.Matches(service, operation) || !fault.TryFire())
                {
                    continue;
                }

                if (fault.Spec.Rate is null && fault.Remaining == 0)
                {
                    active.RemoveAt(i);
                }

                injected[fault.Spec.Kind] = injected.GetValueOrDefault(fault.Spec.Kind) + 1;
                return fault.Spec;
            }
        }

        return null;
    }

    private sealed class ActiveFault(FaultSpec spec)
    {
        private readonly Random? random = spec.Rate is null ? null : spec.Seed is { } seed ? new Random(seed) : new Random();

        public FaultSpec Spec { get; } = spec;

        public int Remaining { get; private set; } = spec.Count ?? 1;

        public int Fired { get; private set; }

        public bool Matches(string service, string? operation) =>
            (Spec.Service is null || ServiceNames.Normalize(Spec.Service) == service)
            && (Spec.Operation is null || string.Equals(Spec.Operation, operation, StringComparison.OrdinalIgnoreCase));

        public bool TryFire()
        {
            if (random is not null)
            {
                if (random.NextDouble() >= Spec.Rate!.Value)
                {
                    return false;
                }
            }
            else if (Remaining <= 0)
            {
                return false;
            }
            else
            {
                Remaining--;
            }

            Fired++;
            return true;
        }
    }
}
