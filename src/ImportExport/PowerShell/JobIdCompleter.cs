using System;

namespace ImportExport.PowerShell
{
    /// <summary>Completes -JobId with the ids of jobs this session has created, listed or looked at.</summary>
    public sealed class JobIdCompleter : RememberedIdCompleter
    {
        // Job id -> tooltip ("Import job, created 2026-12-02 21:55"; the id alone until the type and date are known).
        private static readonly RememberedIds Seen = new RememberedIds();

        public JobIdCompleter()
            : base(Seen)
        {
        }

        /// <summary>Remembers a job id for completion (cmdlets call this for every job they output).</summary>
        public static void Remember(string? jobId) => Remember(jobId, null, null);

        /// <summary>Remembers a job id with its type and creation date, shown as the completion's tooltip.</summary>
        public static void Remember(string? jobId, string? jobType, DateTime? created)
        {
            if (jobType is null && created is null)
            {
                Seen.Add(jobId);
                return;
            }

            var tooltip = (!string.IsNullOrEmpty(jobType) ? jobType + " job" : "Job " + jobId) +
                          (created is { } date ? ", created " + date.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
            Seen.Set(jobId, tooltip);
        }
    }
}
