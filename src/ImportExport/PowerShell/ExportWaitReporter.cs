using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using ImportExport.Mgn;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Turns the events of the export <see cref="TaskWaiter{TTask}"/> into what a PowerShell user sees: a progress bar
    /// per export, the final ExportTask of each export that ended (a FAILED one is also an error telling how to list
    /// its errors), and an error for each that is unknown or did not end in time, and a verbose line for each look that failed (a warning
    /// after a few in a row), as Wait-MGNImport shows them. Shared by Wait-MGNExport,
    /// Start-MGNExport -Wait and Export-MGNInventory, so all three behave the same.
    /// </summary>
    internal static class ExportWaitReporter
    {
        // Progress activity ids: distinct per export of one wait, away from the import waits' (7100...).
        internal const int FirstActivityId = 7300;

        /// <summary>Waits for <paramref name="exportIds"/> and returns the exports that SUCCEEDED; service failures propagate.</summary>
        public static List<ExportTask> Run(Cmdlet cmdlet, TaskWaiter<ExportTask> waiter, IReadOnlyList<string> exportIds, ImportWaitOptions options, CancellationToken cancellationToken, string? region, bool writeOutput = true)
        {
            var succeeded = new List<ExportTask>();
            var activities = exportIds.Distinct(StringComparer.Ordinal)
                .Select((id, index) => new KeyValuePair<string, int>(id, FirstActivityId + index))
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

            foreach (var report in waiter.Wait(exportIds, options, cancellationToken))
            {
                var id = report.Id;
                if (report.Kind == ImportWaitEventKind.LookFailed)
                {
                    WaitLooks.Failed(cmdlet, "export", "ListExports", report, options);
                    continue;
                }

                cmdlet.WriteProgress(Progress(activities[id], report, completed: report.Kind != ImportWaitEventKind.Progress));
                switch (report.Kind)
                {
                    case ImportWaitEventKind.Progress:
                        WriteLook(cmdlet, report);
                        break;

                    case ImportWaitEventKind.Finished:
                        ExportIdCompleter.Remember(report.Task);
                        if (writeOutput)
                        {
                            // The final state is output whatever it is: a FAILED export's object says when and where.
                            cmdlet.WriteObject(report.Task);
                        }

                        if (report.Task!.Status == ExportStatus.Succeeded)
                        {
                            succeeded.Add(report.Task);
                        }
                        else
                        {
                            cmdlet.WriteError(Failed(new ExportFailedException(report.Task, report.ErrorCount)));
                        }

                        break;

                    case ImportWaitEventKind.NotFound:
                        cmdlet.WriteError(ErrorCatalogue.ExportNotFound(id, region));
                        break;

                    case ImportWaitEventKind.TimedOut:
                        cmdlet.WriteError(TimedOut(new ExportWaitTimeoutException(id, report.Task, options.Timeout ?? report.Elapsed)));
                        break;
                }
            }

            return succeeded;
        }

        /// <summary>
        /// Shows one look at a running export: its progress bar (activity <paramref name="activityId"/>) and a verbose line;
        /// a look that failed is a verbose line (a warning after a few in a row), as in Wait-MGNExport.
        /// </summary>
        public static void Look(Cmdlet cmdlet, int activityId, TaskWaitEvent<ExportTask> report, ImportWaitOptions options)
        {
            if (report.Kind == ImportWaitEventKind.LookFailed)
            {
                WaitLooks.Failed(cmdlet, "export", "ListExports", report, options);
                return;
            }

            cmdlet.WriteProgress(Progress(activityId, report, completed: false));
            WriteLook(cmdlet, report);
        }

        /// <summary>Ends the progress bar of activity <paramref name="activityId"/>.</summary>
        public static void Done(Cmdlet cmdlet, int activityId, string exportId, string state) =>
            cmdlet.WriteProgress(WaitProgress.Of(activityId, "export", exportId, state, 100, TimeSpan.Zero, null, completed: true));

        /// <summary>The error of a wait that timed out: the export goes on. <paramref name="more"/> ends the message (what the command did not do).</summary>
        public static ErrorRecord TimedOut(ExportWaitTimeoutException timedOut, string? more = null)
        {
            var id = timedOut.ExportId;
            return ErrorCatalogue.Record(timedOut, "ExportWaitTimeout", ErrorCategory.OperationTimeout, id,
                timedOut.Message + " The export goes on; this command only stopped waiting." + more,
                $"Wait longer: Wait-MGNExport -ExportId {id} -Timeout <seconds>");
        }

        /// <summary>The error of an export that ended FAILED, telling how to list its errors. <paramref name="more"/> ends the message.</summary>
        public static ErrorRecord Failed(ExportFailedException failed, string? more = null)
        {
            var task = failed.Export;
            var listThem = $"Get-MGNExportError -ExportId {task.ExportId}";
            return ErrorCatalogue.Record(failed, "ExportFailed", ErrorCategory.InvalidResult, task.ExportId, failed.Message + more + " List them with: " + listThem, listThem);
        }

        private static void WriteLook(Cmdlet cmdlet, TaskWaitEvent<ExportTask> report) =>
            WaitLooks.Running(cmdlet, "export", report.Id, report.Task!.Status, report.Task.ProgressPercentage, report.Elapsed, report.NextCheckIn);

        private static ProgressRecord Progress(int activityId, TaskWaitEvent<ExportTask> report, bool completed) =>
            WaitProgress.Of(activityId, "export", report.Id, report.Task is null ? null : report.Task.Status ?? string.Empty, report.Task?.ProgressPercentage, report.Elapsed, report.NextCheckIn, completed);
    }
}
