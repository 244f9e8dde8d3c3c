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

        public string Id { get; }

        /// <summary>The task as last seen; null when it was never found.</summary>
        public TTask? Task { get; }

        /// <summary>For <see cref="ImportWaitEventKind.Finished"/>: the number of errors the task lists, or null if they could not be counted.</summary>
        public int? ErrorCount { get; }

        /// <summary>Time since the wait began.</summary>
        public TimeSpan Elapsed { get; }

        /// <summary>For <see cref="ImportWaitEventKind.Progress"/>: the pause before the next look.</summary>
        public TimeSpan? NextCheckIn { get; }
    }
}
