using System.Text;
using System.Text.RegularExpressions;

namespace ImportExport.HelpGen;

/// <summary>
/// The lines of one help markdown file and what every section parser needs from them: errors with the file and line,
/// sections split at headings outside code fences, and text as paragraphs (README.md).
/// </summary>
public sealed class MarkdownLines
{
    public MarkdownLines(string path, string text)
    {
        Path = path;
        Lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
    }

    public string Path { get; }

    public string[] Lines { get; }

    public HelpFormatException Error(int lineIndex, string code, string message) => new(Path, lineIndex + 1, code, message);

    public string SectionName(MarkdownSection section) => Lines[section.Line][3..].Trim();

    /// <summary>Splits [from, end) into sections at lines starting with <paramref name="prefix"/>, outside code fences.</summary>
    public List<MarkdownSection> SplitSections(int from, string prefix, int end = -1)
    {
        if (end < 0)
        {
            end = Lines.Length;
        }

        var result = new List<MarkdownSection>();
        bool inFence = false;
        int? currentLine = null;
        string? heading = null;
        for (int i = from; i < end; i++)
        {
            string line = Lines[i];
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
                    result.Add(new MarkdownSection(heading, currentLine!.Value, currentLine.Value + 1, i));
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
            result.Add(new MarkdownSection(heading, currentLine!.Value, currentLine.Value + 1, end));
        }

        return result;
    }

    /// <summary>Text of [from, to) as paragraphs (see README.md: paragraphs, list items, code blocks).</summary>
    public List<string> Paragraphs(int from, int to)
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
            string raw = Lines[k];
            string line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                Flush();
                int close = FindFenceEnd(k, to);
                result.Add(string.Join("\n", Lines[(k + 1)..close]));
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

    public int FindFenceEnd(int open, int limit)
    {
        for (int k = open + 1; k < limit; k++)
        {
            if (Lines[k].Trim() == "```")
            {
                return k;
            }
        }

        throw Error(open, "HELPGEN006", "A ``` code block is never closed.");
    }

    public static bool IsYamlFence(string line) => line.Trim() == "```yaml";

    public static IEnumerable<int> Range(int from, int to) => Enumerable.Range(from, Math.Max(0, to - from));
}
