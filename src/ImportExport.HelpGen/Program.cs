// ImportExport.HelpGen: cmdlet help markdown -> MAML. The markdown format is documented in README.md beside this file.
//
//   ImportExport.HelpGen --input <dir with Verb-Noun.md> --output <ImportExport.dll-Help.xml>
//
// That every real parameter is documented (and nothing else) is checked by the module's tests through Get-Help
// against the compiled cmdlets, where the truth is.
//
// Errors are printed as  path(line): error HELPGENnnn: message  (MSBuild's canonical format) and the exit code is 1.

using ImportExport.HelpGen;

string? input = null, output = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--input" when i + 1 < args.Length: input = args[++i]; break;
        case "--output" when i + 1 < args.Length: output = args[++i]; break;
        default:
            Console.Error.WriteLine($"error HELPGEN000: unknown argument '{args[i]}'. Usage: --input <dir> --output <file>");
            return 2;
    }
}

if (input is null || output is null)
{
    Console.Error.WriteLine("error HELPGEN000: usage: ImportExport.HelpGen --input <dir> --output <file>");
    return 2;
}

var files = Directory.GetFiles(input, "*-*.md").OrderBy(f => f, StringComparer.Ordinal).ToList();
if (files.Count == 0)
{
    Console.Error.WriteLine($"{input}: error HELPGEN000: no Verb-Noun.md files.");
    return 1;
}

var commands = new List<CommandHelp>();
var errors = new List<string>();
foreach (var file in files)
{
    try
    {
        commands.Add(HelpMarkdownParser.ParseFile(Path.GetFullPath(file)));
    }
    catch (HelpFormatException e)
    {
        errors.Add(e.ToString());
    }
}

if (errors.Count > 0)
{
    foreach (var e in errors)
    {
        // stdout: MSBuild's Exec turns canonical error lines on stdout into build errors.
        Console.WriteLine(e);
    }

    return 1;
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
MamlWriter.Write(commands, output);
Console.WriteLine($"HelpGen: {commands.Count} cmdlet(s) -> {output}");
return 0;
