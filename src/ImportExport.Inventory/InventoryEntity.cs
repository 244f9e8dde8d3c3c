using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ImportExport.Inventory
{
    /// <summary>What one row says about one wave, application or server.</summary>
    public sealed class InventoryEntity
    {
        // The checker writes and reads the row's values in one small array, in column order; the public
        // dictionaries are made from it when first asked for (an import asks, a local check never does), since
        // two dictionaries a resource a row were most of what a check allocated. The checker is done with an
        // entity before anyone can ask, so the array never has to follow later changes to the dictionaries.
        private EntityValue[]? values;
        private int count;
        private Dictionary<string, string>? properties;
        private Dictionary<string, string>? tags;

        internal InventoryEntity(InventoryTarget target) => Target = target;

        public InventoryTarget Target { get; }

        /// <summary>The explicit id (<c>mgn:wave:id</c>, <c>mgn:app:id</c>, <c>mgn:server:id</c>), or null.</summary>
        public string? Id { get; internal set; }

        /// <summary>The wave or application name, or the server's user-provided id, or null.</summary>
        public string? Name { get; internal set; }

        /// <summary>
        /// Every other non-blank property (canonical column name → value), tags excluded; instance tags are here, under
        /// their column (<c>mgn:launch:tag:instance:&lt;key&gt;</c>). A value may be <see cref="InventoryMarker.ResetValue"/>
        /// or, for an instance tag, <see cref="InventoryMarker.DeleteTag"/>.
        /// </summary>
        public Dictionary<string, string> Properties => properties ?? (properties = ToDictionary(isTag: false));

        /// <summary>Tags (key → value), from the resource's <c>...:tag:&lt;key&gt;</c> columns; a value may be a marker (<see cref="InventoryMarker"/>).</summary>
        public Dictionary<string, string> Tags => tags ?? (tags = ToDictionary(isTag: true));

        /// <summary>
        /// The key rows about the same resource share: the id when given, else the name (case-insensitive for waves
        /// and applications, as the service matches them; a server's user-provided id as written).
        /// </summary>
        public string Key => Id != null
            ? "id:" + Id
            : "name:" + (Target == InventoryTarget.Server ? Name : Name?.ToUpperInvariant());

        /// <summary>Empties this entity for the next row (see <see cref="InventoryRowReader"/>); no one has read its dictionaries.</summary>
        internal void Reset()
        {
            Id = null;
            Name = null;
            count = 0;
        }

        /// <summary>The properties, then the tags, each in the order their columns first gave them.</summary>
        internal int ValueCount => count;

        internal EntityValue ValueAt(int index) => values![index];

        /// <summary>
        /// Adds a property or tag. The header never names a key twice for one resource (duplicate columns are refused,
        /// and instance tags are keyed by their column), so no search for an earlier value of the key is needed:
        /// that search made a row of n tag columns cost n² comparisons.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        internal void Set(string key, string value, bool isTag)
        {
            if (values == null || count == values.Length)
            {
                Array.Resize(ref values, count == 0 ? 4 : count * 2);
            }

            values[count++] = new EntityValue(key, value, isTag);
        }

        private Dictionary<string, string> ToDictionary(bool isTag)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                if (values![i].IsTag == isTag)
                {
                    map[values[i].Key] = values[i].Value;
                }
            }

            return map;
        }
    }
}
