namespace ImportExport.Emulator;

/// <summary>All Import/Export jobs, by id and per owning account in creation order. One lock: operations are short.</summary>
internal sealed class JobStore
{
    private const string IdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private readonly object gate = new();
    private readonly Dictionary<string, ImportExportJob> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ImportExportJob>> byAccount = new(StringComparer.Ordinal);
    private readonly Random random = new();

    /// <summary>A row of ListJobs, copied under the lock so the XML can be written outside it.</summary>
    public readonly record struct ListedJob(string JobId, DateTimeOffset CreationDate, bool IsCanceled, string JobType);

    public int Count
    {
        get
        {
            lock (gate)
            {
                return byId.Count;
            }
        }
    }

    public ImportExportJob Create(string accountId, string accessKeyId, string jobType, string manifest, string logBucket, string logPrefix, DateTimeOffset now)
    {
        lock (gate)
        {
            var jobs = JobsOf(accountId);
            var job = new ImportExportJob
            {
                JobId = NewId(),
                JobType = jobType,
                AccountId = accountId,
                AccessKeyId = accessKeyId,
                CreationDate = now,
                Index = jobs.Count,
                Manifest = manifest,
                LogBucket = logBucket,
                LogPrefix = logPrefix,
            };
            jobs.Add(job);
            byId.Add(job.JobId, job);
            return job;
        }
    }

    /// <summary>
    /// Bulk-creates jobs for benchmarks: one shared manifest string, creation dates one second apart ending now.
    /// Every seventh job is an Export and every eleventh canceled, so listings have some variety.
    /// </summary>
    public void Seed(string accountId, string accessKeyId, int count, string manifest, string bucket, DateTimeOffset now)
    {
        lock (gate)
        {
            var jobs = JobsOf(accountId);
            byId.EnsureCapacity(byId.Count + count);
            jobs.Capacity = Math.Max(jobs.Capacity, jobs.Count + count);
            for (var i = 0; i < count; i++)
            {
                var job = new ImportExportJob
                {
                    JobId = NewId(),
                    JobType = i % 7 == 6 ? "Export" : "Import",
                    AccountId = accountId,
                    AccessKeyId = accessKeyId,
                    CreationDate = now.AddSeconds(i - count + 1),
                    Index = jobs.Count,
                    Manifest = manifest,
                    LogBucket = bucket,
                    LogPrefix = string.Empty,
                };
                if (i % 11 == 10)
                {
                    job.ProgressCode = ProgressCodes.Canceled;
                }

                jobs.Add(job);
                byId.Add(job.JobId, job);
            }
        }
    }

    /// <summary>Runs <paramref name="action"/> on the job under the lock; null when no job has that id in that account (null account = any).</summary>
    public T? With<T>(string jobId, string? accountId, Func<ImportExportJob, T?> action)
        where T : class
    {
        lock (gate)
        {
            return byId.TryGetValue(jobId, out var job) && (accountId is null || job.AccountId == accountId) ? action(job) : null;
        }
    }

    /// <summary>Runs <paramref name="action"/> on the job under the lock (it may throw to refuse); false when no job has that id in that account.</summary>
    public bool TryUpdate(string jobId, string? accountId, Action<ImportExportJob> action)
    {
        lock (gate)
        {
            if (!byId.TryGetValue(jobId, out var job) || (accountId is not null && job.AccountId != accountId))
            {
                return false;
            }

            action(job);
            return true;
        }
    }

    /// <summary>One page of the account's jobs, newest first. Null when the marker is not a job of the account.</summary>
    public (List<ListedJob> Jobs, bool IsTruncated)? List(string accountId, int maxJobs, string? marker)
    {
        lock (gate)
        {
            var jobs = JobsOf(accountId);
            var start = jobs.Count - 1;
            if (!string.IsNullOrEmpty(marker))
            {
                if (!byId.TryGetValue(marker, out var after) || after.AccountId != accountId)
                {
                    return null;
                }

                start = after.Index - 1;
            }

            var page = new List<ListedJob>(Math.Min(maxJobs, start + 1));
            var i = start;
            for (; i >= 0 && page.Count < maxJobs; i--)
            {
                var job = jobs[i];
                page.Add(new ListedJob(job.JobId, job.CreationDate, job.IsCanceled, job.JobType));
            }

            return (page, i >= 0);
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            byId.Clear();
            byAccount.Clear();
        }
    }

    private List<ImportExportJob> JobsOf(string accountId)
    {
        if (!byAccount.TryGetValue(accountId, out var jobs))
        {
            byAccount[accountId] = jobs = [];
        }

        return jobs;
    }

    private string NewId()
    {
        Span<char> id = stackalloc char[5];
        while (true)
        {
            for (var i = 0; i < id.Length; i++)
            {
                id[i] = IdAlphabet[random.Next(IdAlphabet.Length)];
            }

            var text = new string(id);
            if (!byId.ContainsKey(text))
            {
                return text;
            }
        }
    }
}
