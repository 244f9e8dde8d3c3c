namespace ImportExport.Emulator.Mgn;

/// <summary>The result of applying an inventory file.</summary>
internal sealed record ApplyResult(ImportCounts Waves, ImportCounts Applications, ImportCounts Servers, List<ImportError> Errors);
