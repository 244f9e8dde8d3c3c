using ImportExport.Runtime;

namespace ImportExport.IE
{
    /// <summary>
    /// Configuration of the Import/Export client. The service is global: whatever region a session
    /// uses, requests go to importexport.amazonaws.com and are signed with SigV4 as
    /// <c>IngestionService</c> in us-east-1, as the service's endpoint rule set tells current SDKs.
    /// </summary>
    public sealed class ImportExportClientConfig : AwsServiceConfig
    {
        internal const string ServiceIdValue = "ImportExport";
        internal const string ApiVersionValue = "2010-06-01";
        public const string SigningName = "IngestionService";
        public const string SigningRegion = "us-east-1";
        public const string GlobalEndpoint = "https://importexport.amazonaws.com";

        public ImportExportClientConfig()
            : base(ServiceIdValue, SigningName, "ImportExport", ApiVersionValue)
        {
            // Pin the signing region: with a ServiceURL and no region SigV4 would otherwise guess,
            // and the region fallback would end in an instance-metadata probe.
            AuthenticationRegion = SigningRegion;
            RegionEndpoint = Amazon.RegionEndpoint.USEast1;
        }

        public override string RegionEndpointServiceName => "importexport";

        public override string DefaultEndpointUrl(string? region) => GlobalEndpoint;
    }
}
