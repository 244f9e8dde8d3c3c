using System;
using System.Collections.Generic;
using System.Linq;

namespace ImportExport.Inventory
{
    /// <summary>
    /// What an import changed on one resource that existed, value by value: the one comparison both the emulator's
    /// modified counts and a preview's Modify rows come from, so they cannot disagree.
    /// </summary>
    internal static class InventoryDiff
    {
        /// <param name="before">The resource before the file touched it.</param>
        /// <param name="after">The resource after the file's last row about it.</param>
        /// <param name="nameOf">The name of a resource by id (a parent's), or null.</param>
        public static IReadOnlyList<InventoryValueChange> Of(InventoryResourceState before, InventoryResourceState after, Func<string, string?> nameOf)
        {
            var changes = new List<InventoryValueChange>();
            var kind = after.Target == InventoryTarget.Wave ? "wave" : after.Target == InventoryTarget.Application ? "app" : "server";
            if (!string.Equals(before.Name, after.Name, StringComparison.Ordinal))
            {
                changes.Add(new InventoryValueChange(after.Target == InventoryTarget.Server ? "mgn:server:user-provided-id" : $"mgn:{kind}:name", before.Name, after.Name));
            }

            if (!string.Equals(before.ParentId, after.ParentId, StringComparison.Ordinal))
            {
                // Shown as the parent's name, as a file names it: a new parent has no id before the import.
                static string? Named(string? id, Func<string, string?> names) => id == null ? null : names(id) ?? id;
                changes.Add(new InventoryValueChange(after.Target == InventoryTarget.Server ? "mgn:app:name" : "mgn:wave:name", Named(before.ParentId, nameOf), Named(after.ParentId, nameOf)));
            }

            Compare(before.Properties, after.Properties, string.Empty, changes);
            Compare(before.Tags, after.Tags, $"mgn:{kind}:tag:", changes);
            return changes;
        }

        private static void Compare(Dictionary<string, string> before, Dictionary<string, string> after, string prefix, List<InventoryValueChange> changes)
        {
            foreach (var key in before.Keys.Union(after.Keys, StringComparer.Ordinal).OrderBy(k => k, StringComparer.Ordinal))
            {
                var had = before.TryGetValue(key, out var old);
                var has = after.TryGetValue(key, out var now);
                if (had != has || !string.Equals(old, now, StringComparison.Ordinal))
                {
                    changes.Add(new InventoryValueChange(prefix + key, had ? old : null, has ? now : null));
                }
            }
        }
    }
}
