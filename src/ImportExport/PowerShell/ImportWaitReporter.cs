using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using ImportExport.Mgn;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// What a wait for MGN imports shows (see <see cref="TaskWaitReporter{TTask}"/>): the final ImportTask of each
    /// import that ended (SUCCEEDED or FAILED; a SUCCEEDED one with row errors also a warning), an ImportFailed error
    /// for each that FAILED. Shared by Wait-MGNImport and Start-MGNImport -Wait so both behave the same.
    /// </summary>
    internal sealed class ImportWaitReporter : TaskWaitReporter<ImportTask>
    {
        // Progress activity ids: distinct per import of one wait, away from 0 (which other commands tend to use).
        private const int FirstActivityId = 7100;

        private static readonly ImportWaitReporter Instance = new ImportWaitReporter();

        private ImportWaitReporter()
            : base(MgnTaskKinds.Import, FirstActivityId)
        {
        }

        /// <summary>Waits for <paramref name="importIds"/>; service failures propagate to the caller.</summary>
        public static void Run(Cmdlet cmdlet, ImportWaiter waiter, IReadOnlyList<string> importIds, ImportWaitOptions options, CancellationToken cancellationToken, string? region = null) =>
            Instance.Report(cmdlet, waiter.Wait(importIds, options, cancellationToken), importIds, options, region);

        private protected override void WriteFinished(Cmdlet cmdlet, TaskWaitEvent<ImportTask> report)
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
            cmdlet.WriteError(ErrorCatalogue.ImportFailed(failed, id));
        }

        private protected override ErrorRecord TimedOutError(string id, ImportTask? task, TimeSpan waited) =>
            ErrorCatalogue.ImportWaitTimedOut(new ImportWaitTimeoutException(id, task, waited), id);
    }
}
