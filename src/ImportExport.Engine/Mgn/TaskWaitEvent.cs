using System;

namespace ImportExport.Mgn
{
    /// <summary>One report of <see cref="TaskWaiter{TTask}.Wait"/> about one import or export.</summary>
    public sealed class TaskWaitEvent<TTask>
        where TTask : class
    {
        public TaskWaitEvent(ImportWaitEventKind kind, string id, TTask? task, int? errorCount, TimeSpan elapsed, TimeSpan? nextCheckIn)
        {
            Kind = kind;
            Id = id;
            Task = task;
            ErrorCount = errorCount;
            Elapsed = elapsed;
            NextCheckIn = nextCheckIn;
        }

        public ImportWaitEventKind Kind { get; }

        /// <summary>
        /// The task's id; for <see cref="ImportWaitEventKind.LookFailed"/> the ids still waited for, comma-separated.
        /// </summary>
        public string Id { get; }

        /// <summary>The task as last seen; null when it was never found (or, timed out, never seen before the deadline).</summary>
        public TTask? Task { get; }

        /// <summary>For <see cref="ImportWaitEventKind.Finished"/>: the number of errors the task lists, or null if they could not be counted.</summary>
        public int? ErrorCount { get; }

        /// <summary>Time since the wait began.</summary>
        public TimeSpan Elapsed { get; }

        /// <summary>For <see cref="ImportWaitEventKind.Progress"/> and <see cref="ImportWaitEventKind.LookFailed"/>: the pause before the next look.</summary>
        public TimeSpan? NextCheckIn { get; }

        /// <summary>For <see cref="ImportWaitEventKind.LookFailed"/>: the failure of the look, after AWSSDK.Core's retries.</summary>
        public Exception? Failure { get; internal set; }

        /// <summary>For <see cref="ImportWaitEventKind.LookFailed"/>: the failure in a few words (error code and status, or what broke); never a secret.</summary>
        public string? FailureSummary { get; internal set; }

        /// <summary>For <see cref="ImportWaitEventKind.LookFailed"/>: how many looks in a row have failed, this one included.</summary>
        public int FailedLooks { get; internal set; }
    }
}
