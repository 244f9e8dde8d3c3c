namespace ImportExport.HelpGen;

/// <summary>A documented parameter: its description and one attribute block per distinct set of attributes.</summary>
public sealed record ParameterHelp(string Name, IReadOnlyList<string> Description, IReadOnlyList<ParameterAttributes> Blocks);
