namespace ImportExport.HelpGen;

/// <summary>A heading of a help markdown file and the lines [Start, End) under it; Line is the heading's.</summary>
public sealed record MarkdownSection(string Heading, int Line, int Start, int End);
