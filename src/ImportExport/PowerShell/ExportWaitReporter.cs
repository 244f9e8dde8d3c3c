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
            : base("export", "ListExports", FirstActivityId)
        {
        }

        /// <summary>Waits for <paramref name="exportIds"/>; service failures propagate to the caller.</summary>
        public static void Run(Cmdlet cmdlet, TaskWaiter<ExportTask> waiter, IReadOnlyList<string> exportIds, ImportWaitOptions options, CancellationToken cancellationToken, string? region) =>
            Instance.Report(cmdlet, waiter.Wait(exportIds, options, cancellationToken), exportIds, options, region);

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

        private protected override string? StatusOf(ExportTask task) => task.Status;

        private protected override double? PercentOf(ExportTask task) => task.ProgressPercentage;

        private protected override void Remember(ExportTask task) => ExportIdCompleter.Remember(task);

        private protected override void WriteFinished(Cmdlet cmdlet, TaskWaitEvent<ExportTask> report)
        {
            // The final state is output whatever it is: a FAILED export's object says when and where.
            cmdlet.WriteObject(report.Task);
            if (report.Task!.Status != ExportStatus.Succeeded)
            {
                cmdlet.WriteError(Failed(new ExportFailedException(report.Task, report.ErrorCount)));
            }
        }

        private protected override ErrorRecord NotFoundError(string id, string? region) => ErrorCatalogue.ExportNotFound(id, region);

        private protected override ErrorRecord TimedOutError(string id, ExportTask? task, TimeSpan waited) =>
            TimedOut(new ExportWaitTimeoutException(id, task, waited));
    }
}
