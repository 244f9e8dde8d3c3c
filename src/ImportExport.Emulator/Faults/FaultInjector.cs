namespace ImportExport.Emulator;

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
