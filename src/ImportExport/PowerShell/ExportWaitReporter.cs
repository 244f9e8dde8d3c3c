using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using ImportExport.Mgn;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Turns the events of the export <see cref="TaskWaiter{TTask}"/> into what a PowerShell user sees: a progress bar
    /// per export, the final ExportTask of each export that ended (a FAILED one is also an error telling how to list
    /// its errors), and an error for each that is unknown or did not end in time. Shared by Wait-MGNExport,
    /// Start-MGNExport -Wait and Export-MGNInventory, so all three behave the same.
    /// </summary>
    internal static class ExportWaitReporter
    {
        // Progress activity ids: distinct per export of one wait, away from the import waits' (7100...).
        private const int FirstActivityId = 7300;

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
                cmdlet.WriteProgress(Progress(activities[id], report, completed: report.Kind != ImportWaitEventKind.Progress));
                switch (report.Kind)
                {
                    case ImportWaitEventKind.Progress:
                        cmdlet.WriteVerbose(string.Format(
                            CultureInfo.InvariantCulture,
                            "Export {0}: {1} {2:0.#}% after {3:0.#} s; next look in {4:0.#} s.",
                            id,
                            report.Task!.Status,
                            report.Task.ProgressPercentage ?? 0,
                            report.Elapsed.TotalSeconds,
                            report.NextCheckIn?.TotalSeconds ?? 0));
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
                            cmdlet.WriteError(Failed(report.Task, report.ErrorCount));
                        }

                        break;

                    case ImportWaitEventKind.NotFound:
                        cmdlet.WriteError(ExportNotFoundRecord.Create(id, region));
                        break;

                    case ImportWaitEventKind.TimedOut:
                        var timedOut = new ExportWaitTimeoutException(report.Task!, options.Timeout ?? report.Elapsed);
                        cmdlet.WriteError(ErrorCatalogue.Record(timedOut, "ExportWaitTimeout", ErrorCategory.OperationTimeout, id,
                            timedOut.Message + " The export goes on; this command only stopped waiting.",
                            $"Wait longer: Wait-MGNExport -ExportId {id} -Timeout <seconds>"));
                        break;
                }
            }

            return succeeded;
        }

        private static ErrorRecord Failed(ExportTask task, int? errorCount)
        {
            var failed = new ExportFailedException(task, errorCount);
            var listThem = $"Get-MGNExportError -ExportId {task.ExportId}";
            return ErrorCatalogue.Record(failed, "ExportFailed", ErrorCategory.InvalidResult, task.ExportId, failed.Message + " List them with: " + listThem, listThem);
        }

        private static ProgressRecord Progress(int activityId, TaskWaitEvent<ExportTask> report, bool completed) =>
            WaitProgress.Of(activityId, "export", report.Id, report.Task is null ? null : report.Task.Status ?? string.Empty, report.Task?.ProgressPercentage, report.Elapsed, report.NextCheckIn, completed);
    }
}
