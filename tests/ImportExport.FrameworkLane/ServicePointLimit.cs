using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ImportExport.FrameworkLane
{
    /// <summary>
    /// HttpClientHandler.MaxConnectionsPerServer as .NET Framework 4.7.1+ applies it: as the ConnectionLimit of the
    /// ServicePoint of each request's endpoint. Without it a ServicePoint allows ServicePointManager.DefaultConnectionLimit
    /// (2) connections, which is what the lane's ConnectionLimitTests show.
    /// </summary>
    internal sealed class ServicePointLimit : DelegatingHandler
    {
        private readonly int limit;

        public ServicePointLimit(int limit, HttpMessageHandler inner)
            : base(inner) => this.limit = limit;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var servicePoint = ServicePointManager.FindServicePoint(request.RequestUri);
            if (servicePoint.ConnectionLimit != limit)
            {
                servicePoint.ConnectionLimit = limit;
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
