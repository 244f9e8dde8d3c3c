namespace ImportExport.HelpGen;

/// <summary>A help markdown file that breaks the format (README.md): where, which rule, and why.</summary>
public sealed class HelpFormatException(string path, int line, string code, string message) : Exception(message)
{
    public string Path { get; } = path;
    public int Line { get; } = line;
    public string Code { get; } = code;

    /// <summary>The canonical MSBuild error format, so the build lists it like a compiler error.</summary>
    public override string ToString() => $"{Path}({Line}): error {Code}: {Message}";
}
