using System;
using System.Collections.Generic;

namespace ImportExport.Inventory
{
    /// <summary>A wave, application or source server as an <see cref="InventoryModel"/> holds it.</summary>
    public sealed class InventoryResourceState
    {
        public InventoryResourceState(InventoryTarget target, string id)
        {
            Target = target;
            Id = id ?? throw new ArgumentNullException(nameof(id));
        }

        public InventoryTarget Target { get; }

        /// <summary>wave-…, app-… or s-… followed by 17 letters and digits.</summary>
        public string Id { get; }

        /// <summary>The wave or application name, or the server's user-provided id.</summary>
        public string? Name { get; set; }

        /// <summary>The application of a server, the wave of an application; null when it has none.</summary>
        public string? ParentId { get; set; }

        /// <summary>Property columns (canonical name → value), launch settings and instance tags included.</summary>
        public Dictionary<string, string> Properties { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        public Dictionary<string, string> Tags { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        public InventoryResourceState Copy()
        {
            var copy = new InventoryResourceState(Target, Id) { Name = Name, ParentId = ParentId };
            foreach (var p in Properties)
            {
                copy.Properties[p.Key] = p.Value;
            }

            foreach (var t in Tags)
            {
                copy.Tags[t.Key] = t.Value;
            }

            return copy;
        }
    }
}
