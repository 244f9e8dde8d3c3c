namespace ImportExport.HelpGen;

/// <summary>One cmdlet's help as the markdown says it (see README.md), ready for <see cref="MamlWriter"/>.</summary>
public sealed record CommandHelp(
    string Name,
    string Synopsis,
    IReadOnlyList<string> Description,
    IReadOnlyList<SyntaxSet> Syntax,
    IReadOnlyList<ParameterHelp> Parameters,
    IReadOnlyList<TypeHelp> Inputs,
    IReadOnlyList<TypeHelp> Outputs,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ExampleHelp> Examples,
    IReadOnlyList<LinkHelp> Links)
{
    public string Verb => Name.Split('-', 2)[0];
    public string Noun => Name.Split('-', 2)[1];
}
