using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using ImportExport.Mgn;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// What a wait for MGN exports shows (see <see cref="TaskWaitReporter{TTask}"/>): the final ExportTask of each
    /// export that ended, an ExportFailed error for each that FAILED, telling how to list its errors. Shared by
    /// Wait-MGNExport, Start-MGNExport -Wait, Export-MGNInventory and Compare-MGNImportFile, so all behave the same.
    /// </summary>
    internal sealed class ExportWaitReporter : TaskWaitReporter<ExportTask>
    {
        // Progress activity ids: distinct per export of one wait, away from the import waits' (7100...).
        internal const int FirstActivityId = 7300;

        /// <summary>The reporter, for commands that run a wait themselves (<see cref="TaskWaitReporter{TTask}.Look"/>, <see cref="TaskWaitReporter{TTask}.Done"/>).</summary>
        internal static readonly ExportWaitReporter Instance = new ExportWaitReporter();

        private ExportWaitReporter()
            : base(MgnTaskKinds.Export, FirstActivityId)
        {
        }

        /// <summary>Waits for <paramref name="exportIds"/>; service failures propagate to the caller.</summary>
        public static void Run(Cmdlet cmdlet, TaskWaiter<ExportTask> waiter, IReadOnlyList<string> exportIds, ImportWaitOptions options, CancellationToken cancellationToken, string? region) =>
            Instance.Report(cmdlet, waiter.Wait(exportIds, options, cancellationToken), exportIds, options, region);

        private protected override void WriteFinished(Cmdlet cmdlet, TaskWaitEvent<ExportTask> report)
        {
            // The final state is output whatever it is: a FAILED export's object says when and where.
            cmdlet.WriteObject(report.Task);
            if (report.Task!.Status != ExportStatus.Succeeded)
            {
                cmdlet.WriteError(ErrorCatalogue.ExportFailed(new ExportFailedException(report.Task, report.ErrorCount)));
            }
        }

        private protected override ErrorRecord TimedOutError(string id, ExportTask? task, TimeSpan waited) =>
            ErrorCatalogue.ExportWaitTimedOut(new ExportWaitTimeoutException(id, task, waited));
    }
}
