namespace ImportExport.Emulator;

/// <summary>One entry of ListExportErrors: the model gives an export error only a time and a raw text.</summary>
public sealed record ExportError(DateTimeOffset ErrorDateTime, string RawError);
