namespace ImportExport.Mgn
{
    /// <summary>The error codes MGN's import operations use.</summary>
    public static class MgnErrorCode
    {
        public const string Conflict = "ConflictException";
        public const string ResourceNotFound = "ResourceNotFoundException";
        public const string ServiceQuotaExceeded = "ServiceQuotaExceededException";
        public const string Throttling = "ThrottlingException";
        public const string UninitializedAccount = "UninitializedAccountException";
        public const string Validation = "ValidationException";
        public const string AccessDenied = "AccessDeniedException";
        public const string UnrecognizedClient = "UnrecognizedClientException";
    }
}
