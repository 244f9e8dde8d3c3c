namespace ImportExport.Emulator;

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
