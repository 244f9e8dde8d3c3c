using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using ImportExport.Mgn;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Turns the events of <see cref="ImportWaiter"/> into what a PowerShell user sees: a progress bar per import, the
    /// final ImportTask of each import that ended (SUCCEEDED or FAILED), an error record for each that FAILED, is
    /// unknown or did not end in time, and a verbose line for each look that failed (a warning after a few in a row). Shared by Wait-MGNImport and Start-MGNImport -Wait so both behave the same.
    /// </summary>
    internal static class ImportWaitReporter
    {
        // Progress activity ids: distinct per import of one wait, away from 0 (which other commands tend to use).
        private const int FirstActivityId = 7100;

        /// <summary>Waits for <paramref name="importIds"/>; service failures propagate to the caller.</summary>
        public static void Run(Cmdlet cmdlet, ImportWaiter waiter, IReadOnlyList<string> importIds, ImportWaitOptions options, CancellationToken cancellationToken, string? region = null)
        {
            var activities = importIds.Distinct(StringComparer.Ordinal)
                .Select((id, index) => new KeyValuePair<string, int>(id, FirstActivityId + index))
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

            foreach (var report in waiter.Wait(importIds, options, cancellationToken))
            {
                var id = report.Id;
                switch (report.Kind)
                {
                    case ImportWaitEventKind.Progress:
                        cmdlet.WriteProgress(Progress(activities[id], report, completed: false));
                        WaitLooks.Running(cmdlet, "import", id, report.Task!.Status, report.Task.ProgressPercentage, report.Elapsed, report.NextCheckIn);
                        break;

                    case ImportWaitEventKind.Finished:
                        cmdlet.WriteProgress(Progress(activities[id], report, completed: true));
                        Finished(cmdlet, report);
                        break;

                    case ImportWaitEventKind.NotFound:
                        cmdlet.WriteProgress(Progress(activities[id], report, completed: true));
                        var notFound = ErrorCatalogue.ImportNotFound(id, region);
                        cmdlet.WriteError(notFound);
                        break;

                    case ImportWaitEventKind.TimedOut:
                        cmdlet.WriteProgress(Progress(activities[id], report, completed: true));
                        var timedOut = new ImportWaitTimeoutException(id, report.Task, options.Timeout ?? report.Elapsed);
                        var record = ErrorCatalogue.Record(timedOut, "ImportWaitTimeout", ErrorCategory.OperationTimeout, id);
                        record.ErrorDetails = new ErrorDetails(timedOut.Message + " The import goes on; this command only stopped waiting.")
                        {
                            RecommendedAction = $"Wait longer: Wait-MGNImport -ImportId {id} -Timeout <seconds>",
                        };
                        cmdlet.WriteError(record);
                        break;

                    case ImportWaitEventKind.LookFailed:
                        WaitLooks.Failed(cmdlet, "import", "ListImports", report, options);
                        break;
                }
            }
        }

        private static void Finished(Cmdlet cmdlet, TaskWaitEvent<ImportTask> report)
        {
            var task = report.Task!;
            var id = report.Id;
            if (task.Status == ImportStatus.Succeeded)
            {
                if (report.ErrorCount > 0)
                {
                    // A succeeded import can still have skipped rows; they are easy to miss without this.
                    cmdlet.WriteWarning($"MGN import {id} SUCCEEDED, but {report.ErrorCount} row(s) have errors. List them with: Get-MGNImportError -ImportId {id}");
                }

                cmdlet.WriteObject(task);
                return;
            }

            // The final state is output whatever it is, so a script can read the status, counts and end time of a
            // failed import too; the failure is also the error it always was.
            cmdlet.WriteObject(task);
            var failed = new ImportFailedException(task, report.ErrorCount);
            var listThem = $"Get-MGNImportError -ImportId {id}";
            var record = ErrorCatalogue.Record(failed, "ImportFailed", ErrorCategory.InvalidData, id);
            record.ErrorDetails = new ErrorDetails(failed.Message + " List them with: " + listThem)
            {
                RecommendedAction = listThem,
            };
            cmdlet.WriteError(record);
        }

        private static ProgressRecord Progress(int activityId, TaskWaitEvent<ImportTask> report, bool completed) =>
            WaitProgress.Of(activityId, "import", report.Id, report.Task is null ? null : report.Task.Status ?? string.Empty, report.Task?.ProgressPercentage, report.Elapsed, report.NextCheckIn, completed);
    }
}
