using System;
using System.Collections.Generic;

namespace ImportExport.Inventory
{
    /// <summary>What one row says about one wave, application or server.</summary>
    public sealed class InventoryEntity
    {
        internal InventoryEntity(InventoryTarget target) => Target = target;

        public InventoryTarget Target { get; }

        /// <summary>The explicit id (<c>mgn:wave:id</c>, <c>mgn:app:id</c>, <c>mgn:server:id</c>), or null.</summary>
        public string? Id { get; internal set; }

        /// <summary>The wave or application name, or the server's user-provided id, or null.</summary>
        public string? Name { get; internal set; }

        // Most entities of a file carry no properties or no tags (a wave named on every row): their dictionaries
        // are made when first asked for, not three or six a row.
        private Dictionary<string, string>? properties;
        private Dictionary<string, string>? tags;

        /// <summary>Every other non-blank property (canonical column name → value), tags excluded.</summary>
        public Dictionary<string, string> Properties => properties ?? (properties = new Dictionary<string, string>(StringComparer.Ordinal));

        /// <summary>Tags (key → value), from <c>...:tag:&lt;key&gt;</c> columns.</summary>
        public Dictionary<string, string> Tags => tags ?? (tags = new Dictionary<string, string>(StringComparer.Ordinal));

        internal bool HasProperties => properties != null && properties.Count > 0;

        internal bool HasTags => tags != null && tags.Count > 0;

        internal int TagCount => tags == null ? 0 : tags.Count;

        /// <summary>
        /// The key rows about the same resource share: the id when given, else the name (case-insensitive for waves
        /// and applications, as the service matches them; a server's user-provided id as written).
        /// </summary>
        public string Key => Id != null
            ? "id:" + Id
            : "name:" + (Target == InventoryTarget.Server ? Name : Name?.ToUpperInvariant());
    }
}
