using System;
using System.Net;

namespace ImportExport.Runtime
{
    /// <summary>
    /// AWS endpoints require TLS 1.2 or later. On .NET Framework the protocols HttpClient offers come from the
    /// process-wide ServicePointManager.SecurityProtocol; when a script, a module or an old registry setting set
    /// it to an explicit list without TLS 1.2, TLS 1.2 is added (nothing is removed). "SystemDefault" (0) lets the
    /// operating system choose and is left alone, as is every runtime but .NET Framework.
    /// </summary>
    internal static class TlsProtocols
    {
        private static readonly object Gate = new object();

        /// <summary>The protocols to use, or null when <paramref name="current"/> is fine as it is.</summary>
        public static SecurityProtocolType? Required(SecurityProtocolType current, bool desktop)
        {
            if (!desktop || current == 0 || (current & SecurityProtocolType.Tls12) == SecurityProtocolType.Tls12)
            {
                return null;
            }

            return current | SecurityProtocolType.Tls12;
        }

        /// <summary>Adds TLS 1.2 to ServicePointManager.SecurityProtocol when <see cref="Required"/> says so.</summary>
        public static void Ensure(bool desktop)
        {
            if (!desktop)
            {
                return;
            }

            lock (Gate)
            {
                try
                {
                    var wanted = Required(ServicePointManager.SecurityProtocol, desktop);
                    if (wanted is not null)
                    {
                        ServicePointManager.SecurityProtocol = wanted.Value;
                    }
                }
                catch (NotSupportedException)
                {
                    // A runtime that does not let the value be changed: the handshake will say what is wrong.
                }
            }
        }
    }
}
