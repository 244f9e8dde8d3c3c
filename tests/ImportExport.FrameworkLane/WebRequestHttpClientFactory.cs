using System;
using System.Net.Http;
using System.Reflection;
using Amazon.Runtime;

namespace ImportExport.FrameworkLane
{
    /// <summary>
    /// Puts AWSSDK.Core's HttpClient on the HttpWebRequest stack, as on .NET Framework. Mono 6.8's HttpClientHandler
    /// runs on CoreFX's SocketsHttpHandler (failures arrive as SocketException, as on .NET), while .NET Framework's runs
    /// on HttpWebRequest (failures arrive as WebException statuses, connections are limited by ServicePointManager).
    /// Mono still has that stack (MonoWebRequestHandler, behind the same HttpClientHandler), so: AWSSDK.Core builds its
    /// client exactly as it always does (its own CreateManagedHttpClient, with the engine's connection limit and proxy
    /// on the handler), then the handler's inner implementation is exchanged for the HttpWebRequest one, carrying over
    /// every setting AWSSDK.Core changed. MaxConnectionsPerServer, which Mono's HttpWebRequest handler does not implement,
    /// goes to each request's ServicePoint (<see cref="ServicePointLimit"/>), where .NET Framework's handler puts it.
    /// </summary>
    internal sealed class WebRequestHttpClientFactory : HttpClientFactory
    {
        private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;

        private static readonly MethodInfo CreateManaged =
            typeof(AmazonServiceClient).Assembly.GetType("Amazon.Runtime.HttpRequestMessageFactory", throwOnError: true)!
                .GetMethod("CreateManagedHttpClient", BindingFlags.Static | BindingFlags.NonPublic)
            ?? throw new MissingMethodException("AWSSDK.Core's HttpRequestMessageFactory.CreateManagedHttpClient");

        private static readonly FieldInfo InvokerHandler =
            typeof(HttpMessageInvoker).GetField("_handler", Instance) ?? typeof(HttpMessageInvoker).GetField("handler", Instance)
            ?? throw new MissingFieldException("HttpMessageInvoker's handler");

        private static readonly FieldInfo Implementation =
            typeof(HttpClientHandler).GetField("_delegatingHandler", Instance)
            ?? throw new MissingFieldException("Mono's HttpClientHandler._delegatingHandler");

        private static readonly Type WebRequestHandler =
            typeof(HttpClientHandler).Assembly.GetType("System.Net.Http.MonoWebRequestHandler", throwOnError: true)!;

        private static readonly Type HandlerInterface =
            typeof(HttpClientHandler).Assembly.GetType("System.Net.Http.IMonoHttpClientHandler", throwOnError: true)!;

        public override HttpClient CreateHttpClient(IClientConfig clientConfig)
        {
            var client = (HttpClient)CreateManaged.Invoke(null, new object[] { clientConfig });
            var handler = (HttpClientHandler)InvokerHandler.GetValue(client);
            var configured = Implementation.GetValue(handler);
            var defaults = Implementation.GetValue(new HttpClientHandler());
            var replacement = Activator.CreateInstance(WebRequestHandler, nonPublic: true);
            int? connectionLimit = null;
            foreach (var property in HandlerInterface.GetProperties())
            {
                // SslOptions is SocketsHttpHandler's own object (AWSSDK.Core sets nothing in it); the rest carry over.
                if (!property.CanRead || !property.CanWrite || property.Name == "SslOptions")
                {
                    continue;
                }

                var value = property.GetValue(configured);
                if (Equals(value, property.GetValue(defaults)))
                {
                    continue;
                }

                if (property.Name == "MaxConnectionsPerServer")
                {
                    // Mono's HttpWebRequest handler does not implement it; .NET Framework's applies it to the request's
                    // ServicePoint, as ServicePointLimit does.
                    connectionLimit = (int)value;
                    continue;
                }

                property.SetValue(replacement, value);
            }

            Implementation.SetValue(handler, replacement);
            if (connectionLimit is not null)
            {
                InvokerHandler.SetValue(client, new ServicePointLimit(connectionLimit.Value, handler));
            }

            // HttpClient hands its timeout to the HttpWebRequest handler when it is set: set it again for the new one.
            client.Timeout = client.Timeout;
            return client;
        }

        /// <summary>Whether <paramref name="client"/> sends through HttpWebRequest (behind <see cref="ServicePointLimit"/> or not).</summary>
        public static bool IsOnWebRequest(HttpClient client)
        {
            var handler = InvokerHandler.GetValue(client);
            if (handler is ServicePointLimit limit)
            {
                handler = limit.InnerHandler;
            }

            return handler is HttpClientHandler outer && WebRequestHandler.IsInstanceOfType(Implementation.GetValue(outer));
        }
    }
}
