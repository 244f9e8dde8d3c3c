using ImportExport.Runtime;

namespace ImportExport.Mgn
{
    /// <summary>Configuration of the MGN client: regional endpoint mgn.{region}.amazonaws.com, SigV4 as <c>mgn</c>.</summary>
    public sealed class MgnClientConfig : AwsServiceConfig
    {
        internal const string ServiceIdValue = "mgn";
        internal const string ApiVersionValue = "2020-02-26";

        public MgnClientConfig()
            : base(ServiceIdValue, "mgn", "mgn", ApiVersionValue)
        {
        }

        public override string RegionEndpointServiceName => "mgn";

        public override string DefaultEndpointUrl(string? region) =>
            region is not null && region.StartsWith("cn-", System.StringComparison.Ordinal)
                ? $"https://mgn.{region}.amazonaws.com.cn"
                : $"https://mgn.{region}.amazonaws.com";
    }
}
