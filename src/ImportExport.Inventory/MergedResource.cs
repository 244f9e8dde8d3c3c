using System;
using System.Collections.Generic;

namespace ImportExport.Inventory
{
    /// <summary>
    /// One wave, application or server as the accepted rows so far describe it: the first value of each property
    /// and tag, the first name and parent. One object per resource, so a parent is compared by reference, not by
    /// a key string built per row.
    /// </summary>
    internal sealed class MergedResource
    {
        private Dictionary<string, Sourced>? properties;
        private Dictionary<string, Sourced>? tags;

        /// <param name="name">For a server named by its user-provided id, the name: only such a server needs the
        /// numbers of its rows (the address rule).</param>
        public MergedResource(string? name)
        {
            ServerName = name;
            Rows = name == null ? null : new List<int>(1);
        }

        /// <summary>The user-provided id of a server matched by it, else null.</summary>
        public string? ServerName { get; }

        public string? Name { get; set; }

        public int NameRow { get; set; }

        public MergedResource? Parent { get; set; }

        public int ParentRow { get; set; }

        /// <summary>The numbers of the accepted rows about the resource, when tracked.</summary>
        public List<int>? Rows { get; }

        /// <summary>Whether a property gives the server an FQDN or an IP address.</summary>
        public bool Reachable { get; private set; }

        /// <summary>For an application: how many servers the file puts in it.</summary>
        public int ServerCount { get; set; }

        /// <summary>
        /// For a server: the application it was counted in. One is enough: once counted, the server's parent is
        /// that application, so a row putting it in another is a conflict and never counted.
        /// </summary>
        public MergedResource? CountedIn { get; set; }

        public int TagCount => tags == null ? 0 : tags.Count;

        public bool TryGetProperty(string key, out Sourced earlier)
        {
            earlier = default;
            return properties != null && properties.TryGetValue(key, out earlier);
        }

        public bool TryGetTag(string key, out Sourced earlier)
        {
            earlier = default;
            return tags != null && tags.TryGetValue(key, out earlier);
        }

        public bool HasTag(string key) => tags != null && tags.ContainsKey(key);

        /// <summary>Keeps the first value of a property.</summary>
        public void AddProperty(string key, string value, int row)
        {
            properties = properties ?? new Dictionary<string, Sourced>(StringComparer.Ordinal);
            if (!properties.ContainsKey(key))
            {
                properties[key] = new Sourced(value, row);
                Reachable |= key == "mgn:server:fqdn-for-action-framework" || key.Contains(":private-ip:");
            }
        }

        /// <summary>Keeps the first value of a tag.</summary>
        public void AddTag(string key, string value, int row)
        {
            tags = tags ?? new Dictionary<string, Sourced>(StringComparer.Ordinal);
            if (!tags.ContainsKey(key))
            {
                tags[key] = new Sourced(value, row);
            }
        }
    }
}
