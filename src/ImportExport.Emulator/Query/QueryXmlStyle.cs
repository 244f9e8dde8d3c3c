namespace ImportExport.Emulator.Query;

/// <summary>
/// How one query-protocol service writes its documents: its XML namespace, and whether they open with an XML
/// declaration (Import/Export's always have, STS's never had: each keeps the bytes it sent before the two shared a writer).
/// </summary>
internal sealed record QueryXmlStyle(string Namespace, bool XmlDeclaration);
