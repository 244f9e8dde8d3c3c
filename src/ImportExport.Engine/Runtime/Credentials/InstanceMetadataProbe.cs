using System;
using System.Collections.Concurrent;
using System.Net.Http;
using System.Threading;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Decides, quickly, whether the EC2 instance metadata service is there before AWSSDK.Core's instance-profile
    /// provider (which retries for up to half a minute) is used. As botocore does: one attempt with a 1 s timeout.
    /// A failed probe is remembered for the session (per endpoint), so a computer off EC2 pays it once.
    /// </summary>
    public static class InstanceMetadataProbe
    {
        public const string DisableVariable = AwsEnvironment.Ec2MetadataDisabled;
        public const string EndpointVariable = AwsEnvironment.Ec2MetadataServiceEndpoint;
        public const string DefaultEndpoint = "http://169.254.169.254";

        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
        private static readonly ConcurrentDictionary<string, string> Failed = new ConcurrentDictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>True when AWS_EC2_METADATA_DISABLED is "true" (any case), as in the AWS SDKs.</summary>
        public static bool IsDisabled(AwsEnvironment environment) => environment.IsTrue(DisableVariable);

        /// <summary>The endpoint probed: AWS_EC2_METADATA_SERVICE_ENDPOINT or the link-local default.</summary>
        public static string Endpoint(AwsEnvironment environment) =>
            environment.Setting(EndpointVariable)?.TrimEnd('/') ?? DefaultEndpoint;

        /// <summary>
        /// True when the metadata service at <see cref="Endpoint"/> answered (any HTTP status). Otherwise false with
        /// what happened; <paramref name="remembered"/> says the answer is an earlier probe's.
        /// </summary>
        public static bool IsReachable(AwsEnvironment environment, out string problem, out bool remembered)
        {
            var endpoint = Endpoint(environment);
            if (Failed.TryGetValue(endpoint, out var earlier))
            {
                problem = earlier;
                remembered = true;
                return false;
            }

            remembered = false;
            problem = string.Empty;
            try
            {
                using var handler = new HttpClientHandler { UseProxy = false, AllowAutoRedirect = false };
                using var http = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
                using var cancel = new CancellationTokenSource(Timeout);
                // IMDSv2's token request: the first thing the SDKs ask for.
                using var request = new HttpRequestMessage(HttpMethod.Put, endpoint + "/latest/api/token");
                request.Headers.TryAddWithoutValidation("X-aws-ec2-metadata-token-ttl-seconds", "21600");
                using var response = http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token).GetAwaiter().GetResult();
                return true;
            }
            catch (OperationCanceledException)
            {
                problem = $"no answer from {endpoint} within {Timeout.TotalSeconds:0} s";
            }
            catch (Exception ex) when (ex is HttpRequestException || ex is System.IO.IOException || ex is UriFormatException || ex is InvalidOperationException)
            {
                problem = $"{endpoint} could not be reached ({(ex.InnerException ?? ex).Message})";
            }

            Failed[endpoint] = problem;
            return false;
        }

        /// <summary>Forgets failed probes (tests, and a session that moved onto an instance).</summary>
        public static void Reset() => Failed.Clear();
    }
}
