using System;
using System.Linq;
using System.Threading;
using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>Hooks applied to every new client configuration (tests and the bench point clients at the emulator).</summary>
    internal static class ClientConfigurators
    {
        private static readonly object ConfiguratorsGate = new object();
        private static Action<ClientConfig>[] _configurators = System.Array.Empty<Action<ClientConfig>>();


        /// <summary>
        /// Adds a hook applied to every new client configuration, after the endpoint and retry settings, until the
        /// result is disposed. Clients are cached: a hook only affects clients built while it is registered, so a
        /// test should use settings (an endpoint) of its own.
        /// </summary>
        public static IDisposable Add(Action<ClientConfig> configure)
        {
            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            lock (ConfiguratorsGate)
            {
                _configurators = _configurators.Concat(new[] { configure }).ToArray();
            }

            return new Registration(configure);
        }

        public static void Apply(ClientConfig config)
        {
            foreach (var configure in Volatile.Read(ref _configurators))
            {
                configure(config);
            }
        }

        private sealed class Registration : IDisposable
        {
            private Action<ClientConfig>? _configure;

            public Registration(Action<ClientConfig> configure) => _configure = configure;

            public void Dispose()
            {
                var configure = Interlocked.Exchange(ref _configure, null);
                if (configure is null)
                {
                    return;
                }

                lock (ConfiguratorsGate)
                {
                    _configurators = _configurators.Where(c => !ReferenceEquals(c, configure)).ToArray();
                }
            }
        }
    }
}
