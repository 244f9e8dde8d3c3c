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
    /// Turns the events of <see cref="ImportWaiter"/> into what a PowerShell user sees: a progress bar per import, the
    /// final ImportTask of each import that SUCCEEDED, and an error record for each that FAILED, is unknown or did
    /// not end in time. Shared by Wait-MGNImport and Start-MGNImport -Wait so both behave the same.
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
                var id = report.ImportId;
                switch (report.Kind)
                {
                    case ImportWaitEventKind.Progress:
                        cmdlet.WriteProgress(Progress(activities[id], report, completed: false));
                        cmdlet.WriteVerbose(string.Format(
                            CultureInfo.InvariantCulture,
                            "Import {0}: {1} {2:0.#}% after {3:0.#} s; next look in {4:0.#} s.",
                            id,
                            report.Task!.Status,
                            report.Task.ProgressPercentage ?? 0,
                            report.Elapsed.TotalSeconds,
                            report.NextCheckIn?.TotalSeconds ?? 0));
                        break;

                    case ImportWaitEventKind.Finished:
                        cmdlet.WriteProgress(Progress(activities[id], report, completed: true));
                        Finished(cmdlet, report);
                        break;

                    case ImportWaitEventKind.NotFound:
                        cmdlet.WriteProgress(Progress(activities[id], report, completed: true));
                        var notFound = ImportNotFoundRecord.Create(id, region);
                        cmdlet.WriteError(notFound);
                        break;

                    case ImportWaitEventKind.TimedOut:
                        cmdlet.WriteProgress(Progress(activities[id], report, completed: true));
                        var timedOut = new ImportWaitTimeoutException(report.Task!, options.Timeout ?? report.Elapsed);
                        var record = new ErrorRecord(timedOut, "ImportWaitTimeout", ErrorCategory.OperationTimeout, id);
                        record.ErrorDetails = new ErrorDetails(timedOut.Message + " The import goes on; this command only stopped waiting.")
                        {
                            RecommendedAction = $"Wait longer: Wait-MGNImport -ImportId {id} -Timeout <seconds>",
                        };
                        cmdlet.WriteError(record);
                        break;
                }
            }
        }

        private static void Finished(Cmdlet cmdlet, ImportWaitEvent report)
        {
            var task = report.Task!;
            var id = report.ImportId;
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

            var failed = new ImportFailedException(task, report.ErrorCount);
            var listThem = $"Get-MGNImportError -ImportId {id}";
            var record = new ErrorRecord(failed, "ImportFailed", ErrorCategory.InvalidData, id);
            record.ErrorDetails = new ErrorDetails(failed.Message + " List them with: " + listThem)
            {
                RecommendedAction = listThem,
            };
            cmdlet.WriteError(record);
        }

        private static ProgressRecord Progress(int activityId, ImportWaitEvent report, bool completed)
        {
            var task = report.Task;
            var status = task is null
                ? "not found"
                : string.Format(CultureInfo.InvariantCulture, "{0}, {1:0.#}% after {2:0} s", task.Status, task.ProgressPercentage ?? 0, report.Elapsed.TotalSeconds);
            var record = new ProgressRecord(activityId, $"Waiting for MGN import {report.ImportId}", status);
            if (completed)
            {
                record.RecordType = ProgressRecordType.Completed;
                record.PercentComplete = 100;
                return record;
            }

            record.PercentComplete = (int)Math.Max(0, Math.Min(100, Math.Floor(task?.ProgressPercentage ?? 0)));
            if (report.NextCheckIn is { } next)
            {
                record.CurrentOperation = string.Format(CultureInfo.InvariantCulture, "Next look in {0:0.#} s", next.TotalSeconds);
            }

            return record;
        }
    }
}
