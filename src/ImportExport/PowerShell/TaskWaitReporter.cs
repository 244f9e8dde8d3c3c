using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ImportExport.Mgn;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// The one loop that turns the events of a wait for MGN tasks into what a PowerShell user sees, for imports
    /// (<see cref="ImportWaitReporter"/>) and exports (<see cref="ExportWaitReporter"/>) alike: a progress bar per task
    /// with a verbose line per look, a look that failed as a verbose line (a warning after a few in a row), each task
    /// that ended remembered for completion and written as its kind says, and an error for each that is unknown or did
    /// not end in time. What differs by kind is its <see cref="MgnTaskKind{TTask}"/> and the two members a subclass gives:
    /// what an ended task writes, and the error of a wait that timed out (their ids and categories).
    /// </summary>
    internal abstract class TaskWaitReporter<TTask>
        where TTask : class
    {
        private readonly MgnTaskKind<TTask> _kind;
        private readonly int _firstActivityId;

        /// <param name="kind">Imports or exports: the noun in progress bars and verbose lines, the operation a look calls.</param>
        /// <param name="firstActivityId">The progress activity of the first task of a wait; the next ones follow it.</param>
        private protected TaskWaitReporter(MgnTaskKind<TTask> kind, int firstActivityId)
        {
            _kind = kind;
            _firstActivityId = firstActivityId;
        }

        /// <summary>
        /// Reports <paramref name="events"/>, the wait for <paramref name="ids"/> (on <paramref name="region"/>: null, the
        /// command's); service failures propagate to the caller.
        /// </summary>
        public void Report(Cmdlet cmdlet, IEnumerable<TaskWaitEvent<TTask>> events, IReadOnlyList<string> ids, ImportWaitOptions options, string? region)
        {
            var activities = ids.Distinct(StringComparer.Ordinal)
                .Select((id, index) => new KeyValuePair<string, int>(id, _firstActivityId + index))
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

            foreach (var report in events)
            {
                if (report.Kind == ImportWaitEventKind.LookFailed)
                {
                    WaitLooks.Failed(cmdlet, _kind.Noun, _kind.ListOperation, report, options);
                    continue;
                }

                cmdlet.WriteProgress(Progress(activities[report.Id], report, completed: report.Kind != ImportWaitEventKind.Progress));
                switch (report.Kind)
                {
                    case ImportWaitEventKind.Progress:
                        WriteLook(cmdlet, report);
                        break;

                    case ImportWaitEventKind.Finished:
                        _kind.Remember(report.Task);
                        WriteFinished(cmdlet, report);
                        break;

                    case ImportWaitEventKind.NotFound:
                        cmdlet.WriteError(_kind.NotFound(report.Id, region));
                        break;

                    case ImportWaitEventKind.TimedOut:
                        cmdlet.WriteError(TimedOutError(report.Id, report.Task, options.Timeout ?? report.Elapsed));
                        break;
                }
            }
        }

        /// <summary>
        /// Shows one look at a running task of a wait a command runs itself: its progress bar (activity
        /// <paramref name="activityId"/>) and verbose line; a look that failed is a verbose line (a warning after a few in a row).
        /// </summary>
        public void Look(Cmdlet cmdlet, int activityId, TaskWaitEvent<TTask> report, ImportWaitOptions options)
        {
            if (report.Kind == ImportWaitEventKind.LookFailed)
            {
                WaitLooks.Failed(cmdlet, _kind.Noun, _kind.ListOperation, report, options);
                return;
            }

            cmdlet.WriteProgress(Progress(activityId, report, completed: false));
            WriteLook(cmdlet, report);
        }

        /// <summary>Ends the progress bar of activity <paramref name="activityId"/>, for task <paramref name="id"/> in <paramref name="state"/>.</summary>
        public void Done(Cmdlet cmdlet, int activityId, string id, string state) =>
            cmdlet.WriteProgress(WaitProgress.Of(activityId, _kind.Noun, id, state, 100, TimeSpan.Zero, null, completed: true));

        /// <summary>What a task that ended writes: its final object, and if it FAILED an error that says how to list its errors.</summary>
        private protected abstract void WriteFinished(Cmdlet cmdlet, TaskWaitEvent<TTask> report);

        /// <summary>The error of a task that did not end within <paramref name="waited"/>; <paramref name="task"/> is its last known state.</summary>
        private protected abstract ErrorRecord TimedOutError(string id, TTask? task, TimeSpan waited);

        private void WriteLook(Cmdlet cmdlet, TaskWaitEvent<TTask> report) =>
            WaitLooks.Running(cmdlet, _kind.Noun, report.Id, _kind.StatusOf(report.Task!), _kind.PercentOf(report.Task!), report.Elapsed, report.NextCheckIn);

        private ProgressRecord Progress(int activityId, TaskWaitEvent<TTask> report, bool completed) =>
            WaitProgress.Of(activityId, _kind.Noun, report.Id, report.Task is null ? null : _kind.StatusOf(report.Task) ?? string.Empty, report.Task is null ? null : _kind.PercentOf(report.Task), report.Elapsed, report.NextCheckIn, completed);
    }
}
