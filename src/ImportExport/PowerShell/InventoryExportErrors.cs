using System;
using System.IO;
using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.Runtime;
using ImportExport.S3;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// The errors of an export a command starts, waits for and reads (<see cref="InventoryExportDownload"/>): an export that
    /// failed, a wait that timed out, an object that is gone, unreadable, too large or corrupt, a file that cannot be
    /// written. Export-MGNInventory and Compare-MGNImportFile's fresh export say them the same way, with the same error
    /// ids, categories and targets; only what the command did not do (<c>notDone</c>) differs.
    /// </summary>
    internal static class InventoryExportErrors
    {
        /// <summary>
        /// Whether <paramref name="failure"/> is one of the failures an export and its download are expected to have; a
        /// file-system failure only when the command writes a file (<paramref name="writesFile"/>), a service failure only
        /// when the command is not being stopped (<paramref name="stopping"/>: Ctrl+C is not an error).
        /// </summary>
        public static bool IsExpected(Exception failure, bool writesFile, bool stopping) =>
            failure is InventoryDownloadException || failure is ExportFailedException || failure is ExportWaitTimeoutException
            || failure is ObjectTooLargeException || failure is ObjectIntegrityException
            || (writesFile && (failure is IOException || failure is UnauthorizedAccessException))
            || (ServiceFailure.Describe(failure) is not null && !stopping);

        /// <summary>
        /// The error record of <paramref name="failure"/>, having ended the export's progress bar when the export ended;
        /// null for a service failure, which the cmdlet writes as every service failure (AwsCmdlet.WriteServiceError).
        /// <paramref name="target"/> is the s3:// location of the export, <paramref name="exportId"/> the export once
        /// started, <paramref name="file"/> the local file being written (or null), <paramref name="notDone"/> the sentence
        /// that ends each message: what the command did not do.
        /// </summary>
        public static ErrorRecord? Record(PSCmdlet cmdlet, Exception failure, string target, string? exportId, string? file, string notDone)
        {
            var activity = ExportWaitReporter.FirstActivityId;
            var command = cmdlet.MyInvocation.MyCommand.Name;
            switch (failure)
            {
                case InventoryDownloadException ex:
                    return ErrorCatalogue.InventoryDownloadFailed(ex, notDone, command);

                case ExportFailedException ex:
                    ExportWaitReporter.Instance.Done(cmdlet, activity, ex.Export.ExportId ?? exportId ?? string.Empty, ex.Export.Status ?? ExportStatus.Failed);
                    return ErrorCatalogue.ExportFailed(ex, " " + notDone);

                case ExportWaitTimeoutException ex:
                    ExportWaitReporter.Instance.Done(cmdlet, activity, ex.ExportId, ex.Export?.Status ?? string.Empty);
                    return ErrorCatalogue.ExportWaitTimedOut(ex, " " + notDone);

                case ObjectTooLargeException ex:
                    return ErrorCatalogue.InventoryObjectTooLarge(ex, target, notDone);

                case ObjectIntegrityException ex:
                    return ErrorCatalogue.InventoryObjectCorrupt(ex, target, notDone, command);

                case Exception ex when (ex is IOException || ex is UnauthorizedAccessException) && file is not null:
                    return ErrorCatalogue.FileUnwritable(FileKind.InventoryFile, file, ex);

                default:
                    return null;
            }
        }
    }
}
