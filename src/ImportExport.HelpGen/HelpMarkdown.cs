// =====================================================================================================================
// The help markdown format (one file per cmdlet: src/ImportExport/Help/<Verb-Noun>.md)
// =====================================================================================================================
//
// The shape is platyPS 0.14's (so the files read well on GitHub and anyone who knows platyPS can edit them), parsed
// strictly: a missing section, an unknown parameter key or an example without code is an error, reported as
//     path(line): error HELPGEN0nn: message
// which fails the build. Sections, in this order (text in <> is yours):
//
//   ---                                         optional front matter; `online version:` becomes the first related
//   online version: <https://...>               link ("Online Version:"), other keys are ignored
//   ---
//   # <Verb-Noun>                               must equal the file name
//   ## SYNOPSIS                                 one paragraph, required
//   ## SYNTAX                                   required; one `### <SetName>` per parameter set, `(Default)` after
//   ### <SetName> (Default)                     the default one; each holds a ``` block with the syntax line
//   ```                                         (for readers of the markdown; MAML's syntax is built from the
//   New-IEJob -JobType <JobType> ...            parameter blocks below, so it cannot disagree with them)
//   ```
//   ## DESCRIPTION                              required; paragraphs, `- ` lists and ``` blocks
//   ## EXAMPLES                                 required; at least two examples
//   ### Example 1: <title>                      code first (one or more ``` blocks), then remarks (required text;
//   ```powershell                               further ``` blocks in the remarks, e.g. output, are kept verbatim)
//   <code>
//   ```
//   <remarks>
//   ## PARAMETERS                               required; one `### -<Name>` per parameter, including -WhatIf,
//   ### -<Name>                                 -Confirm and the paging ones; `### CommonParameters` is allowed
//   <description paragraphs>                    and not emitted (PowerShell adds it). After the description, one
//   ```yaml                                     ```yaml block per distinct set of attributes (platyPS style: a
//   Type: String                                parameter that is mandatory in one set and optional in another has
//   Parameter Sets: (All) | SetA, SetB          two blocks). Keys, all required except Accepted values:
//   Aliases:                                      Type, Parameter Sets, Aliases, Accepted values, Required (True/
//   Accepted values: Import, Export               False), Position (Named or 0..n), Default value, Accept
//   Required: True                                pipeline input (False | True (ByValue) | True (ByPropertyName)
//   Position: Named                               | True (ByPropertyName, ByValue)), Accept wildcard characters.
//   Default value: None
//   Accept pipeline input: True (ByPropertyName, ByValue)
//   Accept wildcard characters: False
//   ```
//   ## INPUTS                                   required; `### <TypeName>` (or `### None`) + description
//   ## OUTPUTS                                  required; same shape
//   ## NOTES                                    optional; paragraphs
//   ## RELATED LINKS                            required; lines `[text](uri)`; a uri ending in .md is a link to
//                                               another help topic and is emitted with its text only
//
// Text: paragraphs are separated by blank lines; lines of a paragraph are joined (so wrap freely); a line starting
// with `- `, `* ` or `1. ` starts a list item; ``` blocks are kept line for line. Inline `code` and **bold** marks
// are removed (Get-Help shows plain text).
// =====================================================================================================================

using System.Text;
using System.Text.RegularExpressions;

namespace ImportExport.HelpGen;

public sealed class HelpFormatException(string path, int line, string code, string message) : Exception(message)
{
    public string Path { get; } = path;
    public int Line { get; } = line;
    public string Code { get; } = code;

    /// <summary>The canonical MSBuild error format, so the build lists it like a compiler error.</summary>
    public override string ToString() => $"{Path}({Line}): error {Code}: {Message}";
}

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

public sealed record SyntaxSet(string Name, bool IsDefault);

public sealed record ParameterHelp(string Name, IReadOnlyList<string> Description, IReadOnlyList<ParameterAttributes> Blocks);

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

public sealed record TypeHelp(string TypeName, IReadOnlyList<string> Description);

public sealed record ExampleHelp(string Title, string Code, IReadOnlyList<string> Remarks);

public sealed record LinkHelp(string Text, string Uri);

/// <summary>Parses one help markdown file (format above) into a <see cref="CommandHelp"/>.</summary>
public sealed class HelpMarkdownParser
{
    private static readonly Regex CommandName = new(@"^[A-Z][a-z]+-[A-Za-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);
    private static readonly Regex Link = new(@"^(?:[-*]\s+)?\[(?<text>[^\]]+)\]\((?<uri>[^)\s]*)\)\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex ExampleTitle = new(@"^Example \d+(?::\s*\S.*)?$", RegexOptions.CultureInvariant);
    private static readonly Regex PipelineInput = new(@"^(False|True \((ByValue|ByPropertyName|ByPropertyName, ByValue|ByValue, ByPropertyName|FromRemainingArguments)\))$", RegexOptions.CultureInvariant);

    private static readonly string[] RequiredKeys =
    [
        "Type", "Parameter Sets", "Aliases", "Required", "Position", "Default value", "Accept pipeline input", "Accept wildcard characters",
    ];

    private static readonly string[] KnownKeys = [.. RequiredKeys, "Accepted values"];

    private readonly string _path;
    private readonly string[] _lines;

    private HelpMarkdownParser(string path, string text)
    {
        _path = path;
        _lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
    }

    public static CommandHelp ParseFile(string path) => Parse(path, File.ReadAllText(path));

    public static CommandHelp Parse(string path, string text) => new HelpMarkdownParser(path, text).Parse();

    private HelpFormatException Error(int lineIndex, string code, string message) => new(_path, lineIndex + 1, code, message);

    private CommandHelp Parse()
    {
        int i = 0;
        string? onlineVersion = null;

        // Front matter.
        if (_lines.Length > 0 && _lines[0].Trim() == "---")
        {
            int end = Array.FindIndex(_lines, 1, l => l.Trim() == "---");
            if (end < 0)
            {
                throw Error(0, "HELPGEN001", "Front matter opened with --- is never closed.");
            }

            for (int k = 1; k < end; k++)
            {
                var m = Regex.Match(_lines[k], @"^\s*online version:\s*(?<v>\S.*?)\s*$", RegexOptions.IgnoreCase);
                if (m.Success)
                {
                    onlineVersion = m.Groups["v"].Value;
                }
            }

            i = end + 1;
        }

        // Title.
        while (i < _lines.Length && _lines[i].Trim().Length == 0)
        {
            i++;
        }

        if (i >= _lines.Length || !_lines[i].StartsWith("# ", StringComparison.Ordinal))
        {
            throw Error(Math.Min(i, _lines.Length - 1), "HELPGEN002", "Expected the title line '# Verb-Noun'.");
        }

        string name = _lines[i][2..].Trim();
        string expected = System.IO.Path.GetFileNameWithoutExtension(_path);
        if (!CommandName.IsMatch(name))
        {
            throw Error(i, "HELPGEN002", $"'{name}' is not a Verb-Noun command name.");
        }

        if (!string.Equals(name, expected, StringComparison.Ordinal))
        {
            throw Error(i, "HELPGEN002", $"The title '{name}' does not match the file name '{expected}'.");
        }

        int titleLine = i;
        var sections = SplitSections(i + 1, "## ");
        string[] order = ["SYNOPSIS", "SYNTAX", "DESCRIPTION", "EXAMPLES", "PARAMETERS", "INPUTS", "OUTPUTS", "NOTES", "RELATED LINKS"];
        string[] optional = ["NOTES"];
        int last = -1;
        foreach (var s in sections)
        {
            int pos = Array.IndexOf(order, s.Heading);
            if (pos < 0)
            {
                throw Error(s.Line, "HELPGEN003", $"Unknown section '## {s.Heading}'. Sections are: {string.Join(", ", order)}.");
            }

            if (pos <= last)
            {
                throw Error(s.Line, "HELPGEN003", $"Section '## {s.Heading}' is repeated or out of order. Order: {string.Join(", ", order)}.");
            }

            last = pos;
        }

        foreach (var required in order.Except(optional))
        {
            if (!sections.Any(s => s.Heading == required))
            {
                throw Error(titleLine, "HELPGEN004", $"Missing section '## {required}'.");
            }
        }

        Section Get(string heading) => sections.First(s => s.Heading == heading);

        var synopsisSection = Get("SYNOPSIS");
        var synopsis = Paragraphs(synopsisSection.Start, synopsisSection.End);
        if (synopsis.Count != 1)
        {
            throw Error(synopsisSection.Line, "HELPGEN005", "SYNOPSIS must be exactly one paragraph.");
        }

        var syntax = ParseSyntax(Get("SYNTAX"));

        var descriptionSection = Get("DESCRIPTION");
        var description = Paragraphs(descriptionSection.Start, descriptionSection.End);
        if (description.Count == 0)
        {
            throw Error(descriptionSection.Line, "HELPGEN005", "DESCRIPTION is empty.");
        }

        var examples = ParseExamples(Get("EXAMPLES"));
        var parameters = ParseParameters(Get("PARAMETERS"), syntax);
        var inputs = ParseTypes(Get("INPUTS"));
        var outputs = ParseTypes(Get("OUTPUTS"));
        var notesSection = sections.FirstOrDefault(s => s.Heading == "NOTES");
        var notes = notesSection is null ? [] : Paragraphs(notesSection.Start, notesSection.End);
        var links = ParseLinks(Get("RELATED LINKS"));
        if (onlineVersion is not null)
        {
            links.Insert(0, new LinkHelp("Online Version:", onlineVersion));
        }

        return new CommandHelp(name, synopsis[0], description, syntax, parameters, inputs, outputs, notes, examples, links);
    }

    private sealed record Section(string Heading, int Line, int Start, int End);

    /// <summary>Splits [from, end) into sections at lines starting with <paramref name="prefix"/>, outside code fences.</summary>
    private List<Section> SplitSections(int from, string prefix, int end = -1)
    {
        if (end < 0)
        {
            end = _lines.Length;
        }

        var result = new List<Section>();
        bool inFence = false;
        int? currentLine = null;
        string? heading = null;
        for (int i = from; i < end; i++)
        {
            string line = _lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            bool isDeeper = prefix == "## " && line.StartsWith("# ", StringComparison.Ordinal);
            if (isDeeper)
            {
                throw Error(i, "HELPGEN003", "Only one '# ' title line is allowed.");
            }

            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                if (heading is not null)
                {
                    result.Add(new Section(heading, currentLine!.Value, currentLine.Value + 1, i));
                }

                heading = line[prefix.Length..].Trim();
                currentLine = i;
            }
            else if (heading is null && line.Trim().Length > 0)
            {
                throw Error(i, "HELPGEN003", $"Text before the first '{prefix.Trim()}' heading.");
            }
        }

        if (inFence)
        {
            throw Error(end - 1, "HELPGEN006", "A ``` code block is never closed.");
        }

        if (heading is not null)
        {
            result.Add(new Section(heading, currentLine!.Value, currentLine.Value + 1, end));
        }

        return result;
    }

    private List<SyntaxSet> ParseSyntax(Section section)
    {
        var sets = SplitSections(section.Start, "### ", section.End);
        if (sets.Count == 0)
        {
            throw Error(section.Line, "HELPGEN007", "SYNTAX needs one '### <ParameterSetName>' per parameter set (use '### __AllParameterSets' when there is one set).");
        }

        var result = new List<SyntaxSet>();
        foreach (var s in sets)
        {
            bool isDefault = s.Heading.EndsWith("(Default)", StringComparison.Ordinal);
            string name = isDefault ? s.Heading[..^"(Default)".Length].Trim() : s.Heading;
            if (name.Length == 0 || name.Contains(' '))
            {
                throw Error(s.Line, "HELPGEN007", $"'{s.Heading}' is not a parameter set name (no spaces; optionally followed by ' (Default)').");
            }

            if (!Range(s.Start, s.End).Any(k => _lines[k].TrimStart().StartsWith("```", StringComparison.Ordinal)))
            {
                throw Error(s.Line, "HELPGEN007", $"Parameter set '{name}' has no ``` block with its syntax line.");
            }

            if (result.Any(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw Error(s.Line, "HELPGEN007", $"Parameter set '{name}' is listed twice.");
            }

            result.Add(new SyntaxSet(name, isDefault));
        }

        if (result.Count(r => r.IsDefault) > 1)
        {
            throw Error(section.Line, "HELPGEN007", "More than one parameter set is marked (Default).");
        }

        return result;
    }

    private List<ExampleHelp> ParseExamples(Section section)
    {
        var result = new List<ExampleHelp>();
        foreach (var s in SplitSections(section.Start, "### ", section.End))
        {
            if (!ExampleTitle.IsMatch(s.Heading))
            {
                throw Error(s.Line, "HELPGEN008", $"Example heading '{s.Heading}' must read 'Example <n>: <title>'.");
            }

            int k = s.Start;
            while (k < s.End && _lines[k].Trim().Length == 0)
            {
                k++;
            }

            var code = new StringBuilder();
            while (k < s.End && _lines[k].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                int close = FindFenceEnd(k, s.End);
                if (code.Length > 0)
                {
                    code.Append('\n');
                }

                code.Append(string.Join("\n", _lines[(k + 1)..close]));
                k = close + 1;
                while (k < s.End && _lines[k].Trim().Length == 0)
                {
                    k++;
                }
            }

            if (code.Length == 0 || code.ToString().Trim().Length == 0)
            {
                throw Error(s.Line, "HELPGEN008", $"'{s.Heading}' must start with a ``` code block.");
            }

            var remarks = Paragraphs(k, s.End);
            if (remarks.Count == 0)
            {
                throw Error(s.Line, "HELPGEN008", $"'{s.Heading}' has no remarks after its code: say what it does and what it shows.");
            }

            result.Add(new ExampleHelp(s.Heading, code.ToString().TrimEnd(), remarks));
        }

        if (result.Count < 2)
        {
            throw Error(section.Line, "HELPGEN008", $"EXAMPLES has {result.Count} example(s); at least two are required.");
        }

        return result;
    }

    private List<ParameterHelp> ParseParameters(Section section, IReadOnlyList<SyntaxSet> syntax)
    {
        var result = new List<ParameterHelp>();
        foreach (var s in SplitSections(section.Start, "### ", section.End))
        {
            if (s.Heading == "CommonParameters")
            {
                continue;
            }

            if (!Regex.IsMatch(s.Heading, @"^-[A-Za-z][A-Za-z0-9]*$"))
            {
                throw Error(s.Line, "HELPGEN009", $"Parameter heading '{s.Heading}' must read '### -Name' (or '### CommonParameters').");
            }

            string name = s.Heading[1..];
            if (result.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw Error(s.Line, "HELPGEN009", $"Parameter -{name} is documented twice.");
            }

            // Description = everything before the first ```yaml block.
            int firstYaml = Range(s.Start, s.End).FirstOrDefault(k => IsYamlFence(_lines[k]), -1);
            if (firstYaml < 0)
            {
                throw Error(s.Line, "HELPGEN010", $"Parameter -{name} has no ```yaml block with its attributes.");
            }

            var description = Paragraphs(s.Start, firstYaml);
            if (description.Count == 0)
            {
                throw Error(s.Line, "HELPGEN010", $"Parameter -{name} has no description.");
            }

            var blocks = new List<ParameterAttributes>();
            int k2 = firstYaml;
            while (k2 < s.End)
            {
                if (_lines[k2].Trim().Length == 0)
                {
                    k2++;
                    continue;
                }

                if (!IsYamlFence(_lines[k2]))
                {
                    throw Error(k2, "HELPGEN010", $"Parameter -{name}: only ```yaml blocks may follow the first one (put all description text before it).");
                }

                int close = FindFenceEnd(k2, s.End);
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
                throw Error(section.Line, "HELPGEN011", $"No parameter names the parameter set '{set.Name}' that SYNTAX lists.");
            }
        }

        return result;
    }

    private ParameterAttributes ParseAttributes(string parameter, int from, int to, IReadOnlyList<SyntaxSet> syntax)
    {
        var values = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);
        for (int k = from; k < to; k++)
        {
            string line = _lines[k];
            if (line.Trim().Length == 0)
            {
                continue;
            }

            int colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw Error(k, "HELPGEN012", $"Parameter -{parameter}: '{line.Trim()}' is not a 'Key: value' line.");
            }

            string key = line[..colon].Trim();
            string value = line[(colon + 1)..].Trim();
            if (!KnownKeys.Contains(key))
            {
                throw Error(k, "HELPGEN012", $"Parameter -{parameter}: unknown key '{key}'. Keys: {string.Join(", ", KnownKeys)}.");
            }

            if (!values.TryAdd(key, (value, k)))
            {
                throw Error(k, "HELPGEN012", $"Parameter -{parameter}: key '{key}' is repeated.");
            }
        }

        foreach (var key in RequiredKeys)
        {
            if (!values.ContainsKey(key))
            {
                throw Error(from - 1, "HELPGEN012", $"Parameter -{parameter}: the yaml block lacks '{key}:'.");
            }
        }

        string type = values["Type"].Value;
        if (type.Length == 0)
        {
            throw Error(values["Type"].Line, "HELPGEN013", $"Parameter -{parameter}: Type is empty.");
        }

        var sets = List(values["Parameter Sets"].Value);
        if (sets.Count == 1 && sets[0] == "(All)")
        {
            sets = [];
        }
        else if (sets.Count == 0)
        {
            throw Error(values["Parameter Sets"].Line, "HELPGEN013", $"Parameter -{parameter}: Parameter Sets is empty; write (All) or set names.");
        }

        foreach (var set in sets)
        {
            if (!syntax.Any(s => string.Equals(s.Name, set, StringComparison.OrdinalIgnoreCase)))
            {
                throw Error(values["Parameter Sets"].Line, "HELPGEN013", $"Parameter -{parameter}: parameter set '{set}' is not one of SYNTAX's sets ({string.Join(", ", syntax.Select(x => x.Name))}).");
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
            throw Error(values["Position"].Line, "HELPGEN013", $"Parameter -{parameter}: Position must be Named or a number, not '{position}'.");
        }

        string pipeline = values["Accept pipeline input"].Value;
        if (!PipelineInput.IsMatch(pipeline))
        {
            throw Error(values["Accept pipeline input"].Line, "HELPGEN013", $"Parameter -{parameter}: Accept pipeline input must be False or True (ByValue|ByPropertyName|ByPropertyName, ByValue), not '{pipeline}'.");
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
                _ => throw Error(line, "HELPGEN013", $"Parameter -{parameter}: {key} must be True or False, not '{value}'."),
            };
        }

        static List<string> List(string value) =>
            value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }

    private List<TypeHelp> ParseTypes(Section section)
    {
        var result = new List<TypeHelp>();
        foreach (var s in SplitSections(section.Start, "### ", section.End))
        {
            if (s.Heading.Length == 0 || s.Heading.Contains(' '))
            {
                throw Error(s.Line, "HELPGEN014", $"'### {s.Heading}' must be a type name (or None).");
            }

            var description = Paragraphs(s.Start, s.End);
            if (description.Count == 0)
            {
                throw Error(s.Line, "HELPGEN014", $"'{s.Heading}' needs a sentence that says what it is.");
            }

            result.Add(new TypeHelp(s.Heading, description));
        }

        if (result.Count == 0)
        {
            throw Error(section.Line, "HELPGEN014", $"## {SectionName(section)} needs at least one '### TypeName' (or '### None').");
        }

        return result;
    }

    private string SectionName(Section section) => _lines[section.Line][3..].Trim();

    private List<LinkHelp> ParseLinks(Section section)
    {
        var result = new List<LinkHelp>();
        foreach (int k in Range(section.Start, section.End))
        {
            string line = _lines[k].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var m = Link.Match(line);
            if (!m.Success)
            {
                throw Error(k, "HELPGEN015", $"'{line}' is not a link line '[text](uri)'.");
            }

            string uri = m.Groups["uri"].Value;
            result.Add(new LinkHelp(m.Groups["text"].Value, uri.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? string.Empty : uri));
        }

        if (result.Count == 0)
        {
            throw Error(section.Line, "HELPGEN015", "RELATED LINKS is empty.");
        }

        return result;
    }

    /// <summary>Text of [from, to) as paragraphs (see the format notes at the top).</summary>
    private List<string> Paragraphs(int from, int to)
    {
        var result = new List<string>();
        var current = new StringBuilder();

        void Flush()
        {
            if (current.Length > 0)
            {
                result.Add(current.ToString());
                current.Clear();
            }
        }

        for (int k = from; k < to; k++)
        {
            string raw = _lines[k];
            string line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                Flush();
                int close = FindFenceEnd(k, to);
                result.Add(string.Join("\n", _lines[(k + 1)..close]));
                k = close;
                continue;
            }

            if (line.StartsWith('#'))
            {
                throw Error(k, "HELPGEN003", $"Unexpected heading '{line}' here.");
            }

            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (Regex.IsMatch(line, @"^([-*]|\d+\.)\s"))
            {
                Flush();
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(Plain(line));
        }

        Flush();
        return result;
    }

    private static string Plain(string text) =>
        Regex.Replace(Regex.Replace(text, @"\*\*(.+?)\*\*", "$1"), @"`([^`]+)`", "$1");

    private int FindFenceEnd(int open, int limit)
    {
        for (int k = open + 1; k < limit; k++)
        {
            if (_lines[k].Trim() == "```")
            {
                return k;
            }
        }

        throw Error(open, "HELPGEN006", "A ``` code block is never closed.");
    }

    private static bool IsYamlFence(string line) => line.Trim() == "```yaml";

    private static IEnumerable<int> Range(int from, int to) => Enumerable.Range(from, Math.Max(0, to - from));
}
