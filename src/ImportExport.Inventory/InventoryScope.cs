using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ImportExport.Inventory
{
    /// <summary>
    /// The resources of one account and region (mgn:account-id, mgn:region): rows about the same resource share it
    /// by id when one is given, else by name — without regard to case for waves and applications, as the service
    /// matches them (upper-cased invariantly, as <see cref="InventoryEntity.Key"/> says), a server's user-provided
    /// id as written.
    /// </summary>
    internal sealed class InventoryScope
    {
        private readonly Dictionary<string, MergedResource> wavesById = new Dictionary<string, MergedResource>(StringComparer.Ordinal);
        private readonly Dictionary<string, MergedResource> wavesByName = new Dictionary<string, MergedResource>(StringComparer.Ordinal);
        private readonly Dictionary<string, MergedResource> appsById = new Dictionary<string, MergedResource>(StringComparer.Ordinal);
        private readonly Dictionary<string, MergedResource> appsByName = new Dictionary<string, MergedResource>(StringComparer.Ordinal);
        private readonly Dictionary<string, MergedResource> serversById = new Dictionary<string, MergedResource>(StringComparer.Ordinal);
        private readonly Dictionary<string, MergedResource> serversByName = new Dictionary<string, MergedResource>(StringComparer.Ordinal);

        // A name as written → its resource: the same few wave and application names come back on every row, and
        // this spares upper-casing each of them again.
        private readonly Dictionary<string, MergedResource> wavesBySpelling = new Dictionary<string, MergedResource>(StringComparer.Ordinal);
        private readonly Dictionary<string, MergedResource> appsBySpelling = new Dictionary<string, MergedResource>(StringComparer.Ordinal);

        /// <summary>The resource an entity of a row names, made on first mention.</summary>
        /// <param name="entity">What the row says about a wave, an application or a server.</param>
        /// <param name="newNamedServer">Whether the resource is a server keyed by user-provided id mentioned for the first time.</param>
        [MethodImpl(HotPath.Optimized)]
        public MergedResource Of(InventoryEntity entity, out bool newNamedServer)
        {
            var resource = Find(entity, out newNamedServer);
            if (resource.Label.Length == 0)
            {
                resource.Label = entity.Id ?? entity.Name!;
            }

            return resource;
        }

        [MethodImpl(HotPath.Optimized)]
        private MergedResource Find(InventoryEntity entity, out bool newNamedServer)
        {
            newNamedServer = false;
            switch (entity.Target)
            {
                case InventoryTarget.Wave:
                    return entity.Id != null ? Get(wavesById, entity.Id) : ByName(wavesByName, wavesBySpelling, entity.Name!);
                case InventoryTarget.Application:
                    return entity.Id != null ? Get(appsById, entity.Id) : ByName(appsByName, appsBySpelling, entity.Name!);
                default:
                    if (entity.Id != null)
                    {
                        return Get(serversById, entity.Id);
                    }

                    if (!serversByName.TryGetValue(entity.Name!, out var server))
                    {
                        serversByName[entity.Name!] = server = new MergedResource(entity.Name);
                        newNamedServer = true;
                    }

                    return server;
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private static MergedResource Get(Dictionary<string, MergedResource> map, string key)
        {
            if (!map.TryGetValue(key, out var resource))
            {
                map[key] = resource = new MergedResource(null);
            }

            return resource;
        }

        [MethodImpl(HotPath.Optimized)]
        private static MergedResource ByName(Dictionary<string, MergedResource> byName, Dictionary<string, MergedResource> bySpelling, string name)
        {
            if (!bySpelling.TryGetValue(name, out var resource))
            {
                bySpelling[name] = resource = Get(byName, name.ToUpperInvariant());
            }

            return resource;
        }
    }
}
