namespace ImportExport.Runtime
{
    /// <summary>
    /// The module's own failure codes: the reasons its exceptions carry and the codes of failures that have no service
    /// error code. They become the error ids users filter on, so each is written once, here.
    /// </summary>
    public static class FailureCodes
    {
        /// <summary>No credentials anywhere in the chain.</summary>
        public const string NoCredentials = "NoCredentials";

        /// <summary>An access key without a secret key, or the other way round.</summary>
        public const string IncompleteCredentials = "IncompleteCredentials";

        /// <summary>A named profile that is in neither shared file.</summary>
        public const string ProfileNotFound = "ProfileNotFound";

        /// <summary>A credentials object (-Credential, Get-AWSCredential's output) that could not give its keys.</summary>
        public const string InvalidCredentialObject = "InvalidCredentialObject";

        /// <summary>A shared file or profile that cannot give credentials (missing, malformed, a broken chain).</summary>
        public const string InvalidProfile = "InvalidProfile";

        /// <summary>An SSO profile whose cached token is missing or expired.</summary>
        public const string SsoLoginRequired = "SsoLoginRequired";

        /// <summary>An endpoint URL the module will not send signed requests to.</summary>
        public const string InvalidEndpoint = "InvalidEndpoint";

        /// <summary>A regional service and no region anywhere.</summary>
        public const string NoRegion = "NoRegion";

        /// <summary>A region that is not shaped like an AWS region name.</summary>
        public const string InvalidRegion = "InvalidRegion";

        /// <summary>A retry mode or attempt count that is not a valid value.</summary>
        public const string InvalidRetrySetting = "InvalidRetrySetting";

        /// <summary>The endpoint could not be reached, or the connection broke, after the retries.</summary>
        public const string ServiceUnreachable = "ServiceUnreachable";

        /// <summary>No answer came in time, after the retries.</summary>
        public const string ServiceTimeout = "ServiceTimeout";

        /// <summary>The TLS session to the endpoint could not be established securely.</summary>
        public const string SecureConnectionFailed = "SecureConnectionFailed";

        /// <summary>An AWSSDK.Core of another build was loaded first (Windows PowerShell's one load context).</summary>
        public const string AwsSdkCoreConflict = "AwsSdkCoreConflict";

        /// <summary>An answer that is not a response of the service.</summary>
        public const string InvalidServiceResponse = "InvalidServiceResponse";

        /// <summary>An error answer without an error code.</summary>
        public const string ServiceError = "ServiceError";

        /// <summary>Another failure on this side of the wire.</summary>
        public const string ClientError = "ClientError";

        /// <summary>A request that is not idempotent (CreateJob) failed without saying whether it was carried out: CreateJobOutcomeUnknown.</summary>
        public static string OutcomeUnknown(string operation) => operation + "OutcomeUnknown";
    }
}
