namespace ImportExport.HelpGen;

/// <summary>An INPUTS or OUTPUTS entry.</summary>
public sealed record TypeHelp(string TypeName, IReadOnlyList<string> Description);
