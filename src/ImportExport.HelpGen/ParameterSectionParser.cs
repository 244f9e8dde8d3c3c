using System.Text.RegularExpressions;

namespace ImportExport.HelpGen;

/// <summary>Parses ## PARAMETERS: one ### -Name per parameter, its description, then its ```yaml attribute blocks.</summary>
public sealed class ParameterSectionParser(MarkdownLines doc)
{
    private static readonly Regex PipelineInput = new(@"^(False|True \((ByValue|ByPropertyName|ByPropertyName, ByValue|ByValue, ByPropertyName|FromRemainingArguments)\))$", RegexOptions.CultureInvariant);

    private static readonly string[] RequiredKeys =
    [
        "Type", "Parameter Sets", "Aliases", "Required", "Position", "Default value", "Accept pipeline input", "Accept wildcard characters",
    ];

    private static readonly string[] KnownKeys = [.. RequiredKeys, "Accepted values"];

    private readonly MarkdownLines _doc = doc;

    public List<ParameterHelp> Parse(MarkdownSection section, IReadOnlyList<SyntaxSet> syntax)
    {
        var result = new List<ParameterHelp>();
        foreach (var s in _doc.SplitSections(section.Start, "### ", section.End))
        {
            if (s.Heading == "CommonParameters")
            {
                continue;
            }

            if (!Regex.IsMatch(s.Heading, @"^-[A-Za-z][A-Za-z0-9]*$"))
            {
                throw _doc.Error(s.Line, "HELPGEN009", $"Parameter heading '{s.Heading}' must read '### -Name' (or '### CommonParameters').");
            }

            string name = s.Heading[1..];
            if (result.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw _doc.Error(s.Line, "HELPGEN009", $"Parameter -{name} is documented twice.");
            }

            // Description = everything before the first ```yaml block.
            int firstYaml = MarkdownLines.Range(s.Start, s.End).FirstOrDefault(k => MarkdownLines.IsYamlFence(_doc.Lines[k]), -1);
            if (firstYaml < 0)
            {
                throw _doc.Error(s.Line, "HELPGEN010", $"Parameter -{name} has no ```yaml block with its attributes.");
            }

            var description = _doc.Paragraphs(s.Start, firstYaml);
            if (description.Count == 0)
            {
                throw _doc.Error(s.Line, "HELPGEN010", $"Parameter -{name} has no description.");
            }

            var blocks = new List<ParameterAttributes>();
            int k2 = firstYaml;
            while (k2 < s.End)
            {
                if (_doc.Lines[k2].Trim().Length == 0)
                {
                    k2++;
                    continue;
                }

                if (!MarkdownLines.IsYamlFence(_doc.Lines[k2]))
                {
                    throw _doc.Error(k2, "HELPGEN010", $"Parameter -{name}: only ```yaml blocks may follow the first one (put all description text before it).");
                }

                int close = _doc.FindFenceEnd(k2, s.End);
                blocks.Add(ParseAttributes(name, k2 + 1, close, syntax));
                k2 = close + 1;
            }

            result.Add(new ParameterHelp(name, description, blocks));
        }

        // Every parameter set must be reachable and every set a parameter names must exist.
        foreach (var set in syntax)
        {
            if (syntax.Count > 1 && !result.Any(p => p.Blocks.Any(b => b.ParameterSets.Contains(set.Name, StringComparer.OrdinalIgnoreCase))))
            {
                throw _doc.Error(section.Line, "HELPGEN011", $"No parameter names the parameter set '{set.Name}' that SYNTAX lists.");
            }
        }

        return result;
    }

    private ParameterAttributes ParseAttributes(string parameter, int from, int to, IReadOnlyList<SyntaxSet> syntax)
    {
        var values = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);
        for (int k = from; k < to; k++)
        {
            string line = _doc.Lines[k];
            if (line.Trim().Length == 0)
            {
                continue;
            }

            int colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw _doc.Error(k, "HELPGEN012", $"Parameter -{parameter}: '{line.Trim()}' is not a 'Key: value' line.");
            }

            string key = line[..colon].Trim();
            string value = line[(colon + 1)..].Trim();
            if (!KnownKeys.Contains(key))
            {
                throw _doc.Error(k, "HELPGEN012", $"Parameter -{parameter}: unknown key '{key}'. Keys: {string.Join(", ", KnownKeys)}.");
            }

            if (!values.TryAdd(key, (value, k)))
            {
                throw _doc.Error(k, "HELPGEN012", $"Parameter -{parameter}: key '{key}' is repeated.");
            }
        }

        foreach (var key in RequiredKeys)
        {
            if (!values.ContainsKey(key))
            {
                throw _doc.Error(from - 1, "HELPGEN012", $"Parameter -{parameter}: the yaml block lacks '{key}:'.");
            }
        }

        string type = values["Type"].Value;
        if (type.Length == 0)
        {
            throw _doc.Error(values["Type"].Line, "HELPGEN013", $"Parameter -{parameter}: Type is empty.");
        }

        var sets = List(values["Parameter Sets"].Value);
        if (sets.Count == 1 && sets[0] == "(All)")
        {
            sets = [];
        }
        else if (sets.Count == 0)
        {
            throw _doc.Error(values["Parameter Sets"].Line, "HELPGEN013", $"Parameter -{parameter}: Parameter Sets is empty; write (All) or set names.");
        }

        foreach (var set in sets)
        {
            if (!syntax.Any(s => string.Equals(s.Name, set, StringComparison.OrdinalIgnoreCase)))
            {
                throw _doc.Error(values["Parameter Sets"].Line, "HELPGEN013", $"Parameter -{parameter}: parameter set '{set}' is not one of SYNTAX's sets ({string.Join(", ", syntax.Select(x => x.Name))}).");
            }
        }

        bool required = Bool("Required");
        string position = values["Position"].Value;
        if (string.Equals(position, "Named", StringComparison.OrdinalIgnoreCase))
        {
            position = "named";
        }
        else if (!int.TryParse(position, out var p) || p < 0)
        {
            throw _doc.Error(values["Position"].Line, "HELPGEN013", $"Parameter -{parameter}: Position must be Named or a number, not '{position}'.");
        }

        string pipeline = values["Accept pipeline input"].Value;
        if (!PipelineInput.IsMatch(pipeline))
        {
            throw _doc.Error(values["Accept pipeline input"].Line, "HELPGEN013", $"Parameter -{parameter}: Accept pipeline input must be False or True (ByValue|ByPropertyName|ByPropertyName, ByValue), not '{pipeline}'.");
        }

        string defaultValue = values["Default value"].Value;
        return new ParameterAttributes(
            type,
            sets,
            List(values["Aliases"].Value),
            values.TryGetValue("Accepted values", out var accepted) ? List(accepted.Value) : [],
            required,
            position,
            defaultValue.Length == 0 ? "None" : defaultValue,
            pipeline,
            Bool("Accept wildcard characters"));

        bool Bool(string key)
        {
            var (value, line) = values[key];
            return value switch
            {
                "True" or "true" => true,
                "False" or "false" => false,
                _ => throw _doc.Error(line, "HELPGEN013", $"Parameter -{parameter}: {key} must be True or False, not '{value}'."),
            };
        }

        static List<string> List(string value) =>
            value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }
}
