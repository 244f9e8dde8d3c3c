using System.Security.Cryptography;

namespace ImportExport.Emulator.IE;

/// <summary>
/// Shipping labels handed out by GetShippingLabel, served at <c>GET /__labels/{token}.pdf</c>. Tokens are random and
/// unguessable like a presigned URL; the newest <see cref="Capacity"/> are kept. <c>job-{JobId}</c> tokens (the
/// CreateJob/GetStatus artifact) are resolved from the job itself and need no storage.
/// </summary>
internal sealed class LabelStore(JobStore jobs)
{
    public const int Capacity = 10_000;

    private readonly object gate = new();
    private readonly Dictionary<string, IReadOnlyList<string>> labels = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();

    public static string JobToken(string jobId) => "job-" + jobId;

    public string Register(IReadOnlyList<string> lines)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        lock (gate)
        {
            labels[token] = lines;
            order.Enqueue(token);
            while (order.Count > Capacity)
            {
                labels.Remove(order.Dequeue());
            }
        }

        return token;
    }

    /// <summary>The PDF for a token, or null when the token is unknown or its job canceled.</summary>
    public byte[]? Render(string token)
    {
        if (token.StartsWith("job-", StringComparison.Ordinal))
        {
            var lines = jobs.With(token[4..], null, job => job.IsCanceled
                ? null
                : new List<string> { "Job ID: " + job.JobId, "Job type: " + job.JobType, string.Empty, "To:", "AWS Import/Export", "JFK27", "2 Gateway Dr", "Secaucus, NJ 07094", "United States" });
            return lines is null ? null : ShippingLabelPdf.Render(lines);
        }

        lock (gate)
        {
            return labels.TryGetValue(token, out var lines) ? ShippingLabelPdf.Render(lines) : null;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            labels.Clear();
            order.Clear();
        }
    }
}
