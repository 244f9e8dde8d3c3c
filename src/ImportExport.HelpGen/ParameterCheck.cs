namespace ImportExport.HelpGen;

/// <summary>Compares documented parameters with a list of the parameters the cmdlets really have.</summary>
public static class ParameterCheck
{
    /// <param name="listPath">Lines "Verb-Noun: Param1, Param2"; blank lines and lines starting with # are ignored.</param>
    public static IEnumerable<string> Check(IReadOnlyList<CommandHelp> commands, string listPath)
    {
        var lines = File.ReadAllLines(listPath);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            int colon = line.IndexOf(':');
            if (colon <= 0)
            {
                yield return $"{listPath}({i + 1}): error HELPGEN020: expected 'Verb-Noun: Param1, Param2'.";
                continue;
            }

            string name = line[..colon].Trim();
            var actual = line[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var help = commands.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            if (help is null)
            {
                yield return $"{listPath}({i + 1}): error HELPGEN021: {name} has no help markdown ({name}.md).";
                continue;
            }

            var documented = help.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var p in actual.Where(p => !documented.Contains(p)))
            {
                yield return $"{listPath}({i + 1}): error HELPGEN022: {name} -{p} is not documented in {name}.md.";
            }

            var real = actual.ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var p in documented.Where(p => !real.Contains(p)))
            {
                yield return $"{listPath}({i + 1}): error HELPGEN023: {name}.md documents -{p}, which the cmdlet does not have.";
            }
        }
    }
}
