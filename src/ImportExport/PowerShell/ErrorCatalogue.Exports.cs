using System.IO;
using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.S3;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// An MGN export a command downloads (Export-MGNInventory, Compare-MGNImportFile): an object that is gone,
    /// unreadable, too large or corrupt, a local file already there. <c>notDone</c> ends each message (what the
    /// command did not do); <c>command</c> is the cmdlet to run again.
    /// </summary>
    internal static partial class ErrorCatalogue
    {
        /// <summary>The export's object is over the size the module reads.</summary>
        public static ErrorRecord InventoryObjectTooLarge(ObjectTooLargeException failure, string target, string notDone) =>
            Record(failure, ErrorIds.InventoryObjectTooLarge, ErrorCategory.LimitsExceeded, target, $"{failure.Message} {notDone}");

        /// <summary>The export's object did not arrive intact.</summary>
        public static ErrorRecord InventoryObjectCorrupt(ObjectIntegrityException failure, string target, string notDone, string command) =>
            Record(failure, ErrorIds.InventoryObjectCorrupt, ErrorCategory.InvalidData, target,
                $"The download of {target} did not arrive intact: {failure.Message} {notDone}",
                $"Run {command} again: a transfer that went wrong once usually does not again.");

        /// <summary>The download of the export failed: which id and category each failure gives.</summary>
        public static ErrorRecord InventoryDownloadFailed(InventoryDownloadException failure, string notDone, string command)
        {
            var withNotDone = $"{failure.Message} {notDone}";
            switch (failure.Failure)
            {
                case InventoryDownloadFailure.DestinationExists:
                    return Record(new IOException(failure.Message, failure), FileKind.InventoryFile.IdPrefix + ErrorIds.ExistsSuffix, ErrorCategory.ResourceExists, failure.Location,
                        failure.Message, "Use -Force to replace it, or give another -Path.");
                case InventoryDownloadFailure.ObjectUnreadable:
                    return Record(failure, ErrorIds.InventoryObjectAccessDenied, ErrorCategory.PermissionDenied, failure.Location, withNotDone,
                        "Grant these credentials s3:GetObject on the bucket (or use credentials that have it), or export to a bucket they can read.");
                case InventoryDownloadFailure.ObjectMissing:
                    return Record(failure, ErrorIds.InventoryObjectNotFound, ErrorCategory.ObjectNotFound, failure.Location, withNotDone,
                        $"Run {command} again; check that nothing deletes or overwrites objects under that key meanwhile (a lifecycle rule, another export).");
                default:
                    return Record(failure, ErrorIds.ExportDownloadPrefix + failure.Failure, ErrorCategory.ObjectNotFound, failure.Location, withNotDone);
            }
        }
    }
}
