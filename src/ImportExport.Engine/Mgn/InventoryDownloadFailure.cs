namespace ImportExport.Mgn
{
    /// <summary>Why <see cref="InventoryExportDownload"/> wrote no file; each maps to one error id in the PowerShell layer.</summary>
    public enum InventoryDownloadFailure
    {
        /// <summary>The file exists and the caller did not ask to replace it (checked before the export starts, and again at the rename).</summary>
        DestinationExists,

        /// <summary>The export was not found when the waiter looked for it.</summary>
        ExportNotFound,

        /// <summary>The export has not SUCCEEDED, so there is no file to download.</summary>
        ExportNotSucceeded,

        /// <summary>The export SUCCEEDED but its object (or its bucket) is not in S3 (deleted, or the key was reused).</summary>
        ObjectMissing,

        /// <summary>S3 refused to read the object to the caller (403 AccessDenied): MGN could write the bucket, the caller cannot read it.</summary>
        ObjectUnreadable,
    }
}
