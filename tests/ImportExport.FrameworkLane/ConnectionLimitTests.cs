using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ImportExport.IE;
using ImportExport.Runtime;
using Xunit;

namespace ImportExport.FrameworkLane
{
    /// <summary>
    /// Get-IEJob -IncludeStatus fetches statuses -ThrottleLimit at a time. On the HttpWebRequest stack a client may
    /// open ServicePointManager.DefaultConnectionLimit (2) connections unless told otherwise; the module tells it 64.
    /// The emulator counts the requests it handles at once; each answer is held for a moment so that they overlap.
    /// </summary>
    public sealed class ConnectionLimitTests
    {
        private const int ThrottleLimit = 8;

        private static int StatusesAtOnce(Uri endpoint, bool withoutTheModulesLimit)
        {
            var endpointText = endpoint.ToString().TrimEnd('/');
            using var configurator = ServiceClients.AddConfigurator(c =>
            {
                if (withoutTheModulesLimit && c.ServiceURL?.StartsWith(endpointText, StringComparison.Ordinal) == true)
                {
                    c.MaxConnectionsPerServer = null;
                }
            });
            var client = ServiceClients.ImportExport(Lane.Settings(endpoint)).Client;
            var jobId = client.CreateJob(new CreateJobRequest { JobType = JobType.Import, Manifest = Lane.ImportManifest }).JobId!;
            Lane.Services.Send("fault", "Delay,service=importexport,operation=GetStatus,count=" + ThrottleLimit + ",delayMs=1500");
            Lane.Services.Send("reset-gauge");

            // What Get-IEJob -IncludeStatus -ThrottleLimit 8 runs for eight listed jobs.
            var statuses = OrderedConcurrency.Run(Enumerable.Repeat(jobId, ThrottleLimit), ThrottleLimit, (id, token) => client.GetStatusAsync(new GetStatusRequest { JobId = id }, token), CancellationToken.None).ToList();

            Assert.All(statuses, s => Assert.Equal(jobId, s.Value.GetAwaiter().GetResult().JobId));
            return int.Parse(Lane.Services.Send("max-in-flight", "GetStatus")[0]);
        }

        [Fact]
        public void IncludeStatus_runs_ThrottleLimit_requests_at_once_not_two()
        {
            using var proxy = Lane.Proxy("forward");

            Assert.Equal(ThrottleLimit, StatusesAtOnce(proxy.Endpoint, withoutTheModulesLimit: false));
        }

        /// <remarks>
        /// AWSSDK.Core spreads a client's requests over HttpClientCacheSize HttpClients (1 on Windows, the processor count
        /// elsewhere), each with a connection group of its own, each limited to two connections.
        /// </remarks>
        [Fact]
        public void Without_the_modules_limit_each_HttpClient_of_AWSSDK_Core_runs_two_requests_at_a_time_as_NET_Framework_allows()
        {
            using var proxy = Lane.Proxy("forward");
            var httpClients = new ImportExportClientConfig().HttpClientCacheSize;

            Assert.Equal(Math.Min(ThrottleLimit, 2 * httpClients), StatusesAtOnce(proxy.Endpoint, withoutTheModulesLimit: true));
        }
    }
}
