using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The client cache behind <see cref="ServiceClients"/>. A client owns an HTTP connection pool and AWSSDK.Core's
    /// retry state, so the same settings (and the same environment, and the same shared files) get the same client.
    /// </summary>
    internal static class ClientCache
    {
        private const int MaxCachedClients = 32;

        // A credentials object is part of the key by identity (a new object may carry refreshed keys);
        // the weak table gives each one a unique id without keeping it alive.
        private static readonly ConditionalWeakTable<AWSCredentials, StrongBox<long>> CredentialIds = new ConditionalWeakTable<AWSCredentials, StrongBox<long>>();
        private static long _nextCredentialId;

        // One Lazy per key: concurrent first calls with the same settings (ForEach-Object -Parallel) build one client.
        private static readonly ConcurrentDictionary<string, Lazy<object>> Cache = new ConcurrentDictionary<string, Lazy<object>>(StringComparer.Ordinal);


        /// <summary>Forgets every cached client (for Remove-Module and tests).</summary>
        public static void Clear()
        {
            foreach (var entry in Cache.Values)
            {
                if (entry.IsValueCreated)
                {
                    try
                    {
                        (entry.Value as IClientOwner)?.DisposeClient();
                    }
                    catch (Exception)
                    {
                        // A client whose creation failed has nothing to dispose.
                    }
                }
            }

            Cache.Clear();
        }

        public static ServiceConnection<TClient> GetOrCreate<TClient>(string service, AwsConnectionSettings settings, Func<AwsConnectionSettings, ServiceConnection<TClient>> create)
            where TClient : AmazonServiceClient
        {
            CoreSharedFiles.Detach();
            var key = CacheKey(service, settings);
            if (Cache.TryGetValue(key, out var entry) && entry.IsValueCreated && IsSpent(entry))
            {
                // Forget, do not dispose: a command of another runspace may still be using it.
                ((ICollection<KeyValuePair<string, Lazy<object>>>)Cache).Remove(new KeyValuePair<string, Lazy<object>>(key, entry));
                entry = null;
            }

            if (entry is null)
            {
                if (Cache.Count >= MaxCachedClients)
                {
                    // Forget, do not dispose: another runspace may be using one of them right now.
                    Cache.Clear();
                }

                var snapshot = settings.Clone();
                entry = Cache.GetOrAdd(key, _ => new Lazy<object>(() => create(snapshot), LazyThreadSafetyMode.ExecutionAndPublication));
            }

            try
            {
                return (ServiceConnection<TClient>)entry.Value;
            }
            catch (Exception)
            {
                // Do not cache a failure: the profile may be fixed or the variable set before the next call.
                ((ICollection<KeyValuePair<string, Lazy<object>>>)Cache).Remove(new KeyValuePair<string, Lazy<object>>(key, entry));
                throw;
            }
        }

        private static bool IsSpent(Lazy<object> entry)
        {
            try
            {
                return (entry.Value as IClientOwner)?.CredentialsFailed == true;
            }
            catch (Exception)
            {
                return true;
            }
        }

        private static string CacheKey(string service, AwsConnectionSettings settings)
        {
            var key = new StringBuilder(service);
            void Add(string? value) => key.Append('\u001f').Append(value);
            Add(settings.Region);
            Add(settings.ProfileName);
            Add(settings.ProfileLocation);
            Add(settings.AccessKey);
            Add(settings.SecretKey);
            Add(settings.SessionToken);
            Add(settings.EndpointUrl);
            Add(settings.MaxRetries?.ToString(CultureInfo.InvariantCulture));
            Add(settings.Credentials is null ? null : CredentialIds.GetValue(settings.Credentials, _ => new StrongBox<long>(Interlocked.Increment(ref _nextCredentialId))).Value.ToString(CultureInfo.InvariantCulture));
            // The command's snapshot of the environment: the same values every resolver of the client read.
            Add(settings.Environment.CacheKey());

            // An edited or replaced credentials/config file makes a new client (new keys, region, settings).
            Add(SharedProfiles.CurrentStamp(settings.ProfileLocation, settings.Environment));

            return key.ToString();
        }

    }
}
