using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ImportExport.Inventory
{
    /// <summary>
    /// One wave, application or server as the accepted rows so far describe it: the first value of each property
    /// and tag, the first name and parent. One object per resource, so a parent is compared by reference, not by
    /// a key string built per row; its values sit in one small array (a resource has a handful), with an index
    /// only for a resource with many, so that a wide file does not make each lookup a long scan.
    /// </summary>
    internal sealed class MergedResource
    {
        private const int ScanLimit = 16;

        private MergedValue[]? values;
        private int count;
        private Dictionary<(bool, string), int>? index;
        private List<int>? laterRows;

        /// <param name="name">For a server named by its user-provided id, the name: only such a server needs the
        /// numbers of its rows (the address rule).</param>
        public MergedResource(string? name) => ServerName = name;

        /// <summary>The user-provided id of a server matched by it, else null.</summary>
        public string? ServerName { get; }

        /// <summary>How the problems name the resource: the name or id the file first gave it.</summary>
        public string Label { get; set; } = string.Empty;

        /// <summary>Rejected rows about a server named by its user-provided id that give it no address themselves.</summary>
        public List<int>? RejectedRows { get; set; }

        public string? Name { get; set; }

        public int NameRow { get; set; }

        public MergedResource? Parent { get; set; }

        public int ParentRow { get; set; }

        /// <summary>Whether a property gives the server an FQDN or an IP address.</summary>
        public bool Reachable { get; private set; }

        /// <summary>For an application: how many servers the file puts in it.</summary>
        public int ServerCount { get; set; }

        /// <summary>
        /// For a server: the application it was counted in. One is enough: once counted, the server's parent is
        /// that application, so a row putting it in another is a conflict and never counted.
        /// </summary>
        public MergedResource? CountedIn { get; set; }

        public int TagCount { get; private set; }

        /// <summary>
        /// For a server named by its user-provided id: the next such server first mentioned after it, in any scope.
        /// A chain rather than a list, since a list of ten thousand would be a large-object allocation per check.
        /// </summary>
        public MergedResource? NextNamed { get; set; }

        /// <summary>The first accepted row about a server named by its user-provided id, or 0.</summary>
        public int FirstRow { get; private set; }

        /// <summary>The accepted rows about such a server after the first.</summary>
        public IReadOnlyList<int> LaterRows => (IReadOnlyList<int>?)laterRows ?? Array.Empty<int>();

        public void AddRow(int row)
        {
            if (ServerName == null)
            {
                return;
            }

            if (FirstRow == 0)
            {
                FirstRow = row;
            }
            else
            {
                (laterRows ?? (laterRows = new List<int>())).Add(row);
            }
        }

        [MethodImpl(HotPath.Optimized)]
        public bool TryGet(string key, bool isTag, out MergedValue earlier)
        {
            var at = Find(key, isTag);
            earlier = at < 0 ? default : values![at];
            return at >= 0;
        }

        /// <summary>Keeps the first value of a property or tag.</summary>
        [MethodImpl(HotPath.Optimized)]
        public void Add(string key, bool isTag, string value, int row)
        {
            if (Find(key, isTag) >= 0)
            {
                return;
            }

            if (values == null || count == values.Length)
            {
                Array.Resize(ref values, count == 0 ? 4 : count * 2);
            }

            index?.Add((isTag, key), count);
            values[count++] = new MergedValue(key, isTag, value, row);
            if (count > ScanLimit && index == null)
            {
                index = new Dictionary<(bool, string), int>();
                for (var i = 0; i < count; i++)
                {
                    index[(values[i].IsTag, values[i].Key)] = i;
                }
            }

            // A tag the row deletes is not one the resource has; a value the row clears gives no address.
            if (isTag)
            {
                TagCount += value == InventoryMarker.DeleteTag ? 0 : 1;
            }
            else if (value != InventoryMarker.ResetValue)
            {
                Reachable |= key == "mgn:server:fqdn-for-action-framework" || key.Contains(":private-ip:");
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private int Find(string key, bool isTag)
        {
            if (index != null)
            {
                return index.TryGetValue((isTag, key), out var at) ? at : -1;
            }

            for (var i = 0; i < count; i++)
            {
                if (values![i].IsTag == isTag && string.Equals(values[i].Key, key, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
