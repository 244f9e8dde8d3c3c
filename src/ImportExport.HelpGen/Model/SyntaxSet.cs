namespace ImportExport.HelpGen;

/// <summary>A parameter set named in SYNTAX; one is the default.</summary>
public sealed record SyntaxSet(string Name, bool IsDefault);
