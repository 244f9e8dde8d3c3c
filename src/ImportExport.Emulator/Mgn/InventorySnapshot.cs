namespace ImportExport.Emulator.Mgn;

/// <summary>What the imports of one account made in one region.</summary>
public sealed record InventorySnapshot(IReadOnlyList<InventoryResource> Waves, IReadOnlyList<InventoryResource> Applications, IReadOnlyList<InventoryResource> Servers);
