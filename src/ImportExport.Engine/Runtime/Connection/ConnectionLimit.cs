using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>
    /// How many connections a client may open to its endpoint at once. On .NET Framework HttpClientHandler starts
    /// from ServicePointManager.DefaultConnectionLimit (2) and AWSSDK.Core sets MaxConnectionsPerServer only when
    /// the configuration has a value, so without one <c>Get-IEJob -IncludeStatus -ThrottleLimit 16</c> would run
    /// two requests at a time. The value is the largest -ThrottleLimit a cmdlet accepts.
    /// </summary>
    internal static class ConnectionLimit
    {
        /// <summary>The largest -ThrottleLimit (Get-IEJob -IncludeStatus) and so the connections a client needs.</summary>
        public const int MaxThrottleLimit = 64;

        /// <summary>Sets the limit unless a configuration hook already chose one.</summary>
        public static void Apply(ClientConfig config)
        {
            if (config.MaxConnectionsPerServer is null)
            {
                config.MaxConnectionsPerServer = MaxThrottleLimit;
            }
        }
    }
}
