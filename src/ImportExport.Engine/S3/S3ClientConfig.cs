using System;
using ImportExport.Runtime;

namespace ImportExport.S3
{
    /// <summary>
    /// Configuration of the S3 client: regional endpoint s3.{region}.amazonaws.com, SigV4 as <c>s3</c>, virtual-hosted
    /// addressing (bucket.host) unless <see cref="ForcePathStyle"/> or the bucket's name cannot be a host name.
    /// AWS_ENDPOINT_URL_S3 and AWS_ENDPOINT_URL override the endpoint, as for the other clients.
    /// </summary>
    public sealed class S3ClientConfig : AwsServiceConfig
    {
        internal const string ServiceIdValue = "S3";

        public S3ClientConfig()
            : base(ServiceIdValue, "s3", "s3", "2006-03-01")
        {
        }

        public override string RegionEndpointServiceName => "s3";

        /// <summary>Address buckets as /bucket/key on the endpoint instead of bucket.endpoint/key.</summary>
        public bool ForcePathStyle { get; set; }

        public override string DefaultEndpointUrl(string? region) =>
            region is not null && region.StartsWith("cn-", StringComparison.Ordinal)
                ? $"https://s3.{region}.amazonaws.com.cn"
                : $"https://s3.{region}.amazonaws.com";

        /// <summary>Whether <paramref name="bucket"/> goes into the host: a DNS-compatible name without dots (TLS wildcards) on a named host.</summary>
        internal bool UsesVirtualHost(string bucket, Uri endpoint)
        {
            if (ForcePathStyle || endpoint.HostNameType != UriHostNameType.Dns)
            {
                return false;
            }

            if (bucket.Length < 3 || bucket.Length > 63 || bucket.Contains(".") || bucket.StartsWith("-", StringComparison.Ordinal) || bucket.EndsWith("-", StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var c in bucket)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
