namespace ImportExport.Emulator.Query;

/// <summary>
/// How one query-protocol service writes its documents: its XML namespace, and whether they open with an XML
/// declaration (Import/Export's responses do, STS's do not; SDKs accept both, the request log shows the difference).
/// </summary>
internal sealed record QueryXmlStyle(string Namespace, bool XmlDeclaration);
