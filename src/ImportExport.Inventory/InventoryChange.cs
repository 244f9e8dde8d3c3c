using System.Collections.Generic;

namespace ImportExport.Inventory
{
    /// <summary>
    /// A resource the rows of an applied file touched, once per import: whether they made it, and for one that existed
    /// what they changed (an empty list: it is as it was, and the import does not count it as modified).
    /// </summary>
    public sealed class InventoryChange
    {
        public InventoryChange(long rowNumber, InventoryTarget target, string id, string? name, bool created, IReadOnlyList<InventoryValueChange> differences)
        {
            RowNumber = rowNumber;
            Target = target;
            Id = id;
            Name = name;
            Created = created;
            Differences = differences;
        }

        /// <summary>The first row that touched the resource.</summary>
        public long RowNumber { get; }

        public InventoryTarget Target { get; }

        public string Id { get; }

        public string? Name { get; }

        /// <summary>True when the file made the resource; false when it names one that existed.</summary>
        public bool Created { get; }

        /// <summary>For a resource that existed, each value the file changes, in column order; empty for a new one.</summary>
        public IReadOnlyList<InventoryValueChange> Differences { get; }

        /// <summary>Whether the import counts the resource as modified: it existed and something of it changed.</summary>
        public bool Modified => !Created && Differences.Count > 0;
    }
}
