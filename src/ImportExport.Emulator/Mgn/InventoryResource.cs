namespace ImportExport.Emulator.Mgn;

/// <summary>A wave, application or source server an import created or modified.</summary>
public sealed record InventoryResource(string Id, string? Name, string? ParentId, IReadOnlyDictionary<string, string> Properties, IReadOnlyDictionary<string, string> Tags);
