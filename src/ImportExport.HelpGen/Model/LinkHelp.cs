namespace ImportExport.HelpGen;

/// <summary>A related link; an empty Uri is a link to another help topic by name.</summary>
public sealed record LinkHelp(string Text, string Uri);
