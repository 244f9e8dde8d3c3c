
namespace ImportExport.IE
{
    /// <summary>The error codes of the Import/Export service model.</summary>
    public static class ImportExportErrorCode
    {
        public const string BucketPermission = "BucketPermissionException";
        public const string CanceledJobId = "CanceledJobIdException";
        public const string CreateJobQuotaExceeded = "CreateJobQuotaExceededException";
        public const string ExpiredJobId = "ExpiredJobIdException";
        public const string InvalidAccessKeyId = "InvalidAccessKeyIdException";
        public const string InvalidAddress = "InvalidAddressException";
        public const string InvalidCustoms = "InvalidCustomsException";
        public const string InvalidFileSystem = "InvalidFileSystemException";
        public const string InvalidJobId = "InvalidJobIdException";
        public const string InvalidManifestField = "InvalidManifestFieldException";
        public const string InvalidParameter = "InvalidParameterException";
        public const string InvalidVersion = "InvalidVersionException";
        public const string MalformedManifest = "MalformedManifestException";
        public const string MissingCustoms = "MissingCustomsException";
        public const string MissingManifestField = "MissingManifestFieldException";
        public const string MissingParameter = "MissingParameterException";
        public const string MultipleRegions = "MultipleRegionsException";
        public const string NoSuchBucket = "NoSuchBucketException";
        public const string UnableToCancelJobId = "UnableToCancelJobIdException";
        public const string UnableToUpdateJobId = "UnableToUpdateJobIdException";
        public const string SignatureDoesNotMatch = "SignatureDoesNotMatch";
        public const string Throttling = "Throttling";
    }
}
