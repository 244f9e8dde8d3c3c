using System;
using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.Runtime;

namespace ImportExport.PowerShell
{
    /// <summary>MGN imports and exports: not found, still running, waited for too long, ended FAILED.</summary>
    internal static partial class ErrorCatalogue
    {
        /// <summary>The one error for an MGN import id the account does not have in the region searched (Get-MGNImport, the waiter).</summary>
        public static ErrorRecord ImportNotFound(string id, string? region) => NotFound("import", ErrorIds.ImportNotFound, "Get-MGNImport without -ImportId", id, region);

        /// <summary>The one error for an MGN export id the account does not have in the region searched (Get-MGNExport, the waiter).</summary>
        public static ErrorRecord ExportNotFound(string id, string? region) => NotFound("export", ErrorIds.ExportNotFound, "Get-MGNExport without -ExportId", id, region);

        /// <summary>An import whose errors are asked for before it has ended.</summary>
        public static ErrorRecord ImportNotFinished(string id, string? status) =>
            Record(new InvalidOperationException($"MGN import {id} is {status}: its errors are known once it has ended."),
                ErrorIds.ImportNotFinished, ErrorCategory.ResourceBusy, id, null, $"Wait-MGNImport -ImportId {id}, then run this command again.");

        /// <summary>A wait for an import that timed out: the import goes on.</summary>
        public static ErrorRecord ImportWaitTimedOut(ImportWaitTimeoutException timedOut, string id) =>
            Record(timedOut, ErrorIds.ImportWaitTimeout, ErrorCategory.OperationTimeout, id,
                timedOut.Message + " The import goes on; this command only stopped waiting.",
                $"Wait longer: Wait-MGNImport -ImportId {id} -Timeout <seconds>");

        /// <summary>An import that ended FAILED, telling how to list its errors.</summary>
        public static ErrorRecord ImportFailed(ImportFailedException failed, string id)
        {
            var listThem = $"Get-MGNImportError -ImportId {id}";
            return Record(failed, ErrorIds.ImportFailed, ErrorCategory.InvalidData, id, failed.Message + " List them with: " + listThem, listThem);
        }

        /// <summary>A wait for an export that timed out: the export goes on. <paramref name="more"/> ends the message (what the command did not do).</summary>
        public static ErrorRecord ExportWaitTimedOut(ExportWaitTimeoutException timedOut, string? more = null)
        {
            var id = timedOut.ExportId;
            return Record(timedOut, ErrorIds.ExportWaitTimeout, ErrorCategory.OperationTimeout, id,
                timedOut.Message + " The export goes on; this command only stopped waiting." + more,
                $"Wait longer: Wait-MGNExport -ExportId {id} -Timeout <seconds>");
        }

        /// <summary>An export that ended FAILED, telling how to list its errors. <paramref name="more"/> ends the message.</summary>
        public static ErrorRecord ExportFailed(ExportFailedException failed, string? more = null)
        {
            var task = failed.Export;
            var listThem = $"Get-MGNExportError -ExportId {task.ExportId}";
            return Record(failed, ErrorIds.ExportFailed, ErrorCategory.InvalidResult, task.ExportId, failed.Message + more + " List them with: " + listThem, listThem);
        }

        /// <summary>
        /// After a StartImport failure that does not prove the import was not started (a broken connection, a
        /// timeout, throttling or a 5xx after retries), tells the user to rerun with the same client token: MGN then
        /// returns the import if it exists instead of starting a second one.
        /// </summary>
        public static void AdviseSameClientToken(ErrorRecord record, Exception exception, string clientToken)
        {
            if (ServiceFailure.Describe(exception) is not { MayHaveBeenCarriedOut: true })
            {
                return;
            }

            record.ErrorDetails ??= new ErrorDetails(record.Exception.Message);
            record.ErrorDetails.RecommendedAction =
                $"The import may have started. Run Start-MGNImport again with -ClientToken {clientToken} (and the same -S3Bucket, -S3Key and -Tag): MGN then returns that import instead of starting a second one.";
        }

        /// <summary>A StartImport that failed after Start-MGNImport uploaded <paramref name="file"/>: the object stays, and can be imported without uploading again.</summary>
        public static void AdviseUploadedNotStarted(ErrorRecord record, string file, string target, string bucket, string key)
        {
            var before = record.ErrorDetails;
            record.ErrorDetails = new ErrorDetails($"{file} was uploaded to {target}, but the import did not start: {before?.Message ?? record.Exception.Message}")
            {
                RecommendedAction = before?.RecommendedAction ?? $"Start the import of the uploaded object: Start-MGNImport -S3Bucket {bucket} -S3Key {key}.",
            };
        }

        /// <summary>An upload of <paramref name="file"/> to <paramref name="target"/> that failed: the service's words, said of the file.</summary>
        public static void AdviseUploadFailed(ErrorRecord record, string file, string target)
        {
            var before = record.ErrorDetails;
            record.ErrorDetails = new ErrorDetails($"{file} could not be uploaded to {target}: {before?.Message ?? record.Exception.Message}")
            {
                RecommendedAction = before?.RecommendedAction,
            };
        }

        // Imports and exports are not found in the same words: what, where it was looked for, and the listing that shows them all.
        private static ErrorRecord NotFound(string what, string errorId, string listing, string id, string? region)
        {
            var message = string.IsNullOrEmpty(region)
                ? $"MGN {what} {id} was not found in this account and region."
                : $"MGN {what} {id} was not found in region {region} of this account.";
            return Record(new ItemNotFoundException(message), errorId, ErrorCategory.ObjectNotFound, id,
                message, $"Check the id, -Region and the credentials; {listing} lists every {what} of this account and region.");
        }
    }
}
