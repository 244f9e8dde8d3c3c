namespace ImportExport.HelpGen;

/// <summary>The attributes of one ```yaml block of a parameter.</summary>
public sealed record ParameterAttributes(
    string Type,
    IReadOnlyList<string> ParameterSets, // empty = (All)
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> AcceptedValues,
    bool Required,
    string Position, // "named" or a number
    string DefaultValue,
    string PipelineInput,
    bool Globbing)
{
    public bool AppliesTo(string set) => ParameterSets.Count == 0 || ParameterSets.Contains(set, StringComparer.OrdinalIgnoreCase);

    public bool IsSwitch => Type is "SwitchParameter" or "System.Management.Automation.SwitchParameter";
}
