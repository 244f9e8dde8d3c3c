namespace ImportExport.HelpGen;

/// <summary>One example: its title, code and remarks.</summary>
public sealed record ExampleHelp(string Title, string Code, IReadOnlyList<string> Remarks);
