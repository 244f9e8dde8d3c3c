namespace ImportExport.Emulator.Mgn;

/// <summary>What an export wrote: its summary's wavesCount, applicationsCount and serversCount.</summary>
internal sealed record InventoryExportCounts(long Waves, long Applications, long Servers);
