namespace ImportExport.Emulator;

/// <summary>Created/modified counts of one kind of resource in an import summary.</summary>
public sealed record ImportCounts(long CreatedCount, long ModifiedCount);
