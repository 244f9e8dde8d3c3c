using System.Text;
using System.Text.RegularExpressions;

namespace ImportExport.HelpGen;

/// <summary>Parses one help markdown file (the format is described in README.md beside this file) into a <see cref="CommandHelp"/>.</summary>
public sealed class HelpMarkdownParser
{
    private static readonly Regex CommandName = new(@"^[A-Z][a-z]+-[A-Za-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);
    private static readonly Regex Link = new(@"^(?:[-*]\s+)?\[(?<text>[^\]]+)\]\((?<uri>[^)\s]*)\)\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex ExampleTitle = new(@"^Example \d+(?::\s*\S.*)?$", RegexOptions.CultureInvariant);

    private readonly MarkdownLines _doc;

    private HelpMarkdownParser(string path, string text) => _doc = new MarkdownLines(path, text);

    public static CommandHelp ParseFile(string path) => Parse(path, File.ReadAllText(path));

    public static CommandHelp Parse(string path, string text) => new HelpMarkdownParser(path, text).Parse();

    private CommandHelp Parse()
    {
        int i = 0;
        string? onlineVersion = null;

        // Front matter.
        if (_doc.Lines.Length > 0 && _doc.Lines[0].Trim() == "---")
        {
            int end = Array.FindIndex(_doc.Lines, 1, l => l.Trim() == "---");
            if (end < 0)
            {
                throw _doc.Error(0, "HELPGEN001", "Front matter opened with --- is never closed.");
            }

            for (int k = 1; k < end; k++)
            {
                var m = Regex.Match(_doc.Lines[k], @"^\s*online version:\s*(?<v>\S.*?)\s*$", RegexOptions.IgnoreCase);
                if (m.Success)
                {
                    onlineVersion = m.Groups["v"].Value;
                }
            }

            i = end + 1;
        }

        // Title.
        while (i < _doc.Lines.Length && _doc.Lines[i].Trim().Length == 0)
        {
            i++;
        }

        if (i >= _doc.Lines.Length || !_doc.Lines[i].StartsWith("# ", StringComparison.Ordinal))
        {
            throw _doc.Error(Math.Min(i, _doc.Lines.Length - 1), "HELPGEN002", "Expected the title line '# Verb-Noun'.");
        }

        string name = _doc.Lines[i][2..].Trim();
        string expected = System.IO.Path.GetFileNameWithoutExtension(_doc.Path);
        if (!CommandName.IsMatch(name))
        {
            throw _doc.Error(i, "HELPGEN002", $"'{name}' is not a Verb-Noun command name.");
        }

        if (!string.Equals(name, expected, StringComparison.Ordinal))
        {
            throw _doc.Error(i, "HELPGEN002", $"The title '{name}' does not match the file name '{expected}'.");
        }

        int titleLine = i;
        var sections = _doc.SplitSections(i + 1, "## ");
        string[] order = ["SYNOPSIS", "SYNTAX", "DESCRIPTION", "EXAMPLES", "PARAMETERS", "INPUTS", "OUTPUTS", "NOTES", "RELATED LINKS"];
        string[] optional = ["NOTES"];
        int last = -1;
        foreach (var s in sections)
        {
            int pos = Array.IndexOf(order, s.Heading);
            if (pos < 0)
            {
                throw _doc.Error(s.Line, "HELPGEN003", $"Unknown section '## {s.Heading}'. Sections are: {string.Join(", ", order)}.");
            }

            if (pos <= last)
            {
                throw _doc.Error(s.Line, "HELPGEN003", $"Section '## {s.Heading}' is repeated or out of order. Order: {string.Join(", ", order)}.");
            }

            last = pos;
        }

        foreach (var required in order.Except(optional))
        {
            if (!sections.Any(s => s.Heading == required))
            {
                throw _doc.Error(titleLine, "HELPGEN004", $"Missing section '## {required}'.");
            }
        }

        MarkdownSection Get(string heading) => sections.First(s => s.Heading == heading);

        var synopsisSection = Get("SYNOPSIS");
        var synopsis = _doc.Paragraphs(synopsisSection.Start, synopsisSection.End);
        if (synopsis.Count != 1)
        {
            throw _doc.Error(synopsisSection.Line, "HELPGEN005", "SYNOPSIS must be exactly one paragraph.");
        }

        var syntax = ParseSyntax(Get("SYNTAX"));

        var descriptionSection = Get("DESCRIPTION");
        var description = _doc.Paragraphs(descriptionSection.Start, descriptionSection.End);
        if (description.Count == 0)
        {
            throw _doc.Error(descriptionSection.Line, "HELPGEN005", "DESCRIPTION is empty.");
        }

        var examples = ParseExamples(Get("EXAMPLES"));
        var parameters = new ParameterSectionParser(_doc).Parse(Get("PARAMETERS"), syntax);
        var inputs = ParseTypes(Get("INPUTS"));
        var outputs = ParseTypes(Get("OUTPUTS"));
        var notesSection = sections.FirstOrDefault(s => s.Heading == "NOTES");
        var notes = notesSection is null ? [] : _doc.Paragraphs(notesSection.Start, notesSection.End);
        var links = ParseLinks(Get("RELATED LINKS"));
        if (onlineVersion is not null)
        {
            links.Insert(0, new LinkHelp("Online Version:", onlineVersion));
        }

        return new CommandHelp(name, synopsis[0], description, syntax, parameters, inputs, outputs, notes, examples, links);
    }

    private List<SyntaxSet> ParseSyntax(MarkdownSection section)
    {
        var sets = _doc.SplitSections(section.Start, "### ", section.End);
        if (sets.Count == 0)
        {
            throw _doc.Error(section.Line, "HELPGEN007", "SYNTAX needs one '### <ParameterSetName>' per parameter set (use '### __AllParameterSets' when there is one set).");
        }

        var result = new List<SyntaxSet>();
        foreach (var s in sets)
        {
            bool isDefault = s.Heading.EndsWith("(Default)", StringComparison.Ordinal);
            string name = isDefault ? s.Heading[..^"(Default)".Length].Trim() : s.Heading;
            if (name.Length == 0 || name.Contains(' '))
            {
                throw _doc.Error(s.Line, "HELPGEN007", $"'{s.Heading}' is not a parameter set name (no spaces; optionally followed by ' (Default)').");
            }

            if (!MarkdownLines.Range(s.Start, s.End).Any(k => _doc.Lines[k].TrimStart().StartsWith("```", StringComparison.Ordinal)))
            {
                throw _doc.Error(s.Line, "HELPGEN007", $"Parameter set '{name}' has no ``` block with its syntax line.");
            }

            if (result.Any(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw _doc.Error(s.Line, "HELPGEN007", $"Parameter set '{name}' is listed twice.");
            }

            result.Add(new SyntaxSet(name, isDefault));
        }

        if (result.Count(r => r.IsDefault) > 1)
        {
            throw _doc.Error(section.Line, "HELPGEN007", "More than one parameter set is marked (Default).");
        }

        return result;
    }

    private List<ExampleHelp> ParseExamples(MarkdownSection section)
    {
        var result = new List<ExampleHelp>();
        foreach (var s in _doc.SplitSections(section.Start, "### ", section.End))
        {
            if (!ExampleTitle.IsMatch(s.Heading))
            {
                throw _doc.Error(s.Line, "HELPGEN008", $"Example heading '{s.Heading}' must read 'Example <n>: <title>'.");
            }

            int k = s.Start;
            while (k < s.End && _doc.Lines[k].Trim().Length == 0)
            {
                k++;
            }

            var code = new StringBuilder();
            while (k < s.End && _doc.Lines[k].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                int close = _doc.FindFenceEnd(k, s.End);
                if (code.Length > 0)
                {
                    code.Append('\n');
                }

                code.Append(string.Join("\n", _doc.Lines[(k + 1)..close]));
                k = close + 1;
                while (k < s.End && _doc.Lines[k].Trim().Length == 0)
                {
                    k++;
                }
            }

            if (code.Length == 0 || code.ToString().Trim().Length == 0)
            {
                throw _doc.Error(s.Line, "HELPGEN008", $"'{s.Heading}' must start with a ``` code block.");
            }

            var remarks = _doc.Paragraphs(k, s.End);
            if (remarks.Count == 0)
            {
                throw _doc.Error(s.Line, "HELPGEN008", $"'{s.Heading}' has no remarks after its code: say what it does and what it shows.");
            }

            result.Add(new ExampleHelp(s.Heading, code.ToString().TrimEnd(), remarks));
        }

        if (result.Count < 2)
        {
            throw _doc.Error(section.Line, "HELPGEN008", $"EXAMPLES has {result.Count} example(s); at least two are required.");
        }

        return result;
    }

    private List<TypeHelp> ParseTypes(MarkdownSection section)
    {
        var result = new List<TypeHelp>();
        foreach (var s in _doc.SplitSections(section.Start, "### ", section.End))
        {
            if (s.Heading.Length == 0 || s.Heading.Contains(' '))
            {
                throw _doc.Error(s.Line, "HELPGEN014", $"'### {s.Heading}' must be a type name (or None).");
            }

            var description = _doc.Paragraphs(s.Start, s.End);
            if (description.Count == 0)
            {
                throw _doc.Error(s.Line, "HELPGEN014", $"'{s.Heading}' needs a sentence that says what it is.");
            }

            result.Add(new TypeHelp(s.Heading, description));
        }

        if (result.Count == 0)
        {
            throw _doc.Error(section.Line, "HELPGEN014", $"## {_doc.SectionName(section)} needs at least one '### TypeName' (or '### None').");
        }

        return result;
    }

    private List<LinkHelp> ParseLinks(MarkdownSection section)
    {
        var result = new List<LinkHelp>();
        foreach (int k in MarkdownLines.Range(section.Start, section.End))
        {
            string line = _doc.Lines[k].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var m = Link.Match(line);
            if (!m.Success)
            {
                throw _doc.Error(k, "HELPGEN015", $"'{line}' is not a link line '[text](uri)'.");
            }

            string uri = m.Groups["uri"].Value;
            result.Add(new LinkHelp(m.Groups["text"].Value, uri.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? string.Empty : uri));
        }

        if (result.Count == 0)
        {
            throw _doc.Error(section.Line, "HELPGEN015", "RELATED LINKS is empty.");
        }

        return result;
    }
}
