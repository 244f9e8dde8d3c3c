namespace ImportExport.PowerShell
{
    /// <summary>
    /// The error ids of the module's own (local) errors, in one place: scripts match on them (PowerShell shows
    /// <c>&lt;id&gt;,ImportExport.Cmdlets.&lt;Cmdlet&gt;Command</c>), so each is written once and only ErrorCatalogue
    /// uses it. A service failure's id is the service's error code or the engine's failure code (FailureCodes), and
    /// a file's path errors are its <see cref="FileKind"/>'s prefix followed by one of the suffixes below.
    /// </summary>
    internal static class ErrorIds
    {
        // Paths and local files: <prefix><suffix>, e.g. ManifestFileNotFound, LabelFolderNotFound, ImportFileExists.
        public const string NotFoundSuffix = "NotFound";
        public const string IsFolderSuffix = "IsFolder";
        public const string IsFileSuffix = "IsFile";
        public const string AmbiguousSuffix = "Ambiguous";
        public const string NotFileSystemSuffix = "NotFileSystem";
        public const string FolderNotFoundSuffix = "FolderNotFound";
        public const string ExistsSuffix = "Exists";
        public const string UnwritableSuffix = "Unwritable";
        public const string UnreadableSuffix = "Unreadable";
        public const string ManifestFileWriteFailed = "ManifestFileWriteFailed";
        public const string LabelWriteFailed = "LabelWriteFailed";

        // Parameters checked before anything is sent.
        public const string InvalidSelect = "InvalidSelect";
        public const string NetworkCredentialNotSupported = "NetworkCredentialNotSupported";
        public const string InvalidCredentialObject = "InvalidCredentialObject";
        public const string InvalidTimeout = "InvalidTimeout";
        public const string InvalidPollInterval = "InvalidPollInterval";

        // Import/Export manifests and jobs.
        public const string EmptyManifest = "EmptyManifest";
        public const string ManifestNotYaml = "ManifestNotYaml";
        public const string ManifestTooLarge = "ManifestTooLarge";
        public const string ParameterNotForJobType = "ParameterNotForJobType";
        public const string AccessKeyIdRequired = "AccessKeyIdRequired";
        public const string InvalidExportOperation = "InvalidExportOperation";
        public const string InvalidCustomsField = "InvalidCustomsField";
        public const string ListingInterrupted = "ListingInterrupted";

        // Shipping labels: a label download's failure is one of these (LabelDownloadFailure).
        public const string NoShippingLabelUrl = "NoShippingLabelUrl";
        public const string LabelUrlNotAllowed = "LabelUrlNotAllowed";
        public const string LabelDownloadFailed = "LabelDownloadFailed";
        public const string LabelTlsFailure = "LabelTlsFailure";
        public const string LabelUnreachable = "LabelUnreachable";
        public const string LabelNotPdf = "LabelNotPdf";
        public const string LabelTooLarge = "LabelTooLarge";

        // Signature files.
        public const string SignaturePathIsFile = "SignaturePathIsFile";
        public const string SignatureDirectoryNotFound = "SignatureDirectoryNotFound";
        public const string SignatureFileUnreadable = "SignatureFileUnreadable";
        public const string SignatureFileWriteFailed = "SignatureFileWriteFailed";
        public const string SignatureFileExists = "SignatureFileExists";
        public const string NoSignatureFileContents = "NoSignatureFileContents";
        public const string SignatureJobMismatch = "SignatureJobMismatch";
        public const string InvalidSignatureFileContents = "InvalidSignatureFileContents";

        // MGN start parameters and import ids.
        public const string InvalidS3BucketName = "InvalidS3BucketName";
        public const string InvalidS3Key = "InvalidS3Key";
        public const string InvalidS3BucketOwner = "InvalidS3BucketOwner";
        public const string InvalidClientToken = "InvalidClientToken";
        public const string InvalidTag = "InvalidTag";
        public const string MissingImportId = "MissingImportId";
        public const string InvalidImportArn = "InvalidImportArn";

        // MGN imports and exports.
        public const string ImportNotFound = "ImportNotFound";
        public const string ExportNotFound = "ExportNotFound";
        public const string ImportWaitTimeout = "ImportWaitTimeout";
        public const string ExportWaitTimeout = "ExportWaitTimeout";
        public const string ImportFailed = "ImportFailed";
        public const string ExportFailed = "ExportFailed";
        public const string ImportNotFinished = "ImportNotFinished";

        // MGN inventory files: written (New-MGNImportFile), checked (Start-MGNImport), paired with an import's errors.
        /// <summary>Followed by a comma and the rule of the problem (ImportFileInvalid,UnknownColumn).</summary>
        public const string ImportFileInvalid = "ImportFileInvalid";
        public const string InvalidMapColumn = "InvalidMapColumn";
        public const string NoInventoryColumns = "NoInventoryColumns";
        public const string MapPropertyNotFound = "MapPropertyNotFound";
        public const string MapScriptBlockFailed = "MapScriptBlockFailed";
        public const string FailedRowFileInUse = "FailedRowFileInUse";
        public const string ImportSourceChanged = "ImportSourceChanged";
        public const string SourceFileMismatch = "SourceFileMismatch";
        public const string SourceNotCsv = "SourceNotCsv";
        public const string ImportErrorsBeyondFile = "ImportErrorsBeyondFile";
        public const string ImportSourceAccessDenied = "ImportSourceAccessDenied";
        public const string ImportSourceNotFound = "ImportSourceNotFound";

        // MGN exports downloaded as a reference or a file.
        public const string ReferenceNotAnExport = "ReferenceNotAnExport";
        public const string ReferenceRegionMismatch = "ReferenceRegionMismatch";
        public const string NoRegion = "NoRegion";
        public const string InventoryObjectTooLarge = "InventoryObjectTooLarge";
        public const string InventoryObjectCorrupt = "InventoryObjectCorrupt";
        public const string InventoryObjectAccessDenied = "InventoryObjectAccessDenied";
        public const string InventoryObjectNotFound = "InventoryObjectNotFound";

        /// <summary>Followed by the download failure's name (ExportObjectMissing ...) for the failures without an id of their own.</summary>
        public const string ExportDownloadPrefix = "Export";
    }
}
