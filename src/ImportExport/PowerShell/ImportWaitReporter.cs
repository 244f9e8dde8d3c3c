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
                        LookFailed(cmdlet, report, options);
                        break;
                }
            }
        }

        // Each failed look is a verbose line, and a few in a row a warning: a wait must not sit silent while its
        // endpoint is down. The failure that ends the wait is the command's error.
        private static void LookFailed(Cmdlet cmdlet, ImportWaitEvent report, ImportWaitOptions options)
        {
            cmdlet.WriteVerbose(string.Format(
                CultureInfo.InvariantCulture,
                "Import(s) {0}: ListImports failed ({1}), {2} look(s) in a row; next look in {3:0.#} s.",
                report.ImportId,
                report.FailureSummary,
                report.FailedLooks,
                report.NextCheckIn?.TotalSeconds ?? 0));
            if (report.FailedLooks != ImportWaiter.FailedLooksBeforeWarning)
            {
                return;
            }

            var until = options.Timeout is { } timeout
                ? string.Format(CultureInfo.InvariantCulture, "until -Timeout ({0:0.#} s) passes", timeout.TotalSeconds)
                : string.Format(CultureInfo.InvariantCulture, "for up to {0} failed looks in a row", ImportWaiter.MaxFailedLooksWithoutTimeout);
            cmdlet.WriteWarning(string.Format(
                CultureInfo.InvariantCulture,
                "Could not look at MGN import(s) {0} {1} times in a row (last: {2}). Still waiting, {3}; an endpoint that cannot be reached at all ends the wait after {4} looks.",
                report.ImportId,
                report.FailedLooks,
                report.FailureSummary,
                until,
                ImportWaiter.MaxUnreachableLooks));
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

        private static ProgressRecord Progress(int activityId, ImportWaitEvent report, bool completed) =>
            WaitProgress.Of(activityId, "import", report.ImportId, report.Task is null ? null : report.Task.Status ?? string.Empty, report.Task?.ProgressPercentage, report.Elapsed, report.NextCheckIn, completed);
    }
}
