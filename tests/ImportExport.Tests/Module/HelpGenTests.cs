using System.Diagnostics;
using System.Xml.Linq;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Module;

/// <summary>
/// src/ImportExport.HelpGen: valid markdown becomes MAML PowerShell reads; malformed markdown fails the build with
/// path(line): error HELPGENnnn. The generator is run as the build runs it (dotnet exec of its dll).
/// </summary>
public sealed class HelpGenTests : IDisposable
{
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    private static readonly XNamespace Msh = "http://msh";

    private readonly string _dir = Directory.CreateTempSubdirectory("helpgen-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void StagedMamlHasTheStructurePowerShellReads()
    {
        var doc = XDocument.Load(Path.Combine(ModuleFacts.StagedDirectory, "en-US", "ImportExport.dll-Help.xml"));
        Assert.Equal(Msh + "helpItems", doc.Root!.Name);
        Assert.Equal("maml", doc.Root.Attribute("schema")?.Value);

        var commands = doc.Root.Elements(Command + "command").ToList();
        Assert.Equal(ModuleFacts.CompiledCmdlets.Keys.OrderBy(n => n, StringComparer.Ordinal), commands.Select(c => c.Element(Command + "details")!.Element(Command + "name")!.Value).OrderBy(n => n, StringComparer.Ordinal));
        foreach (var c in commands)
        {
            Assert.NotNull(c.Element(Command + "details")!.Element(Maml + "description"));
            Assert.NotNull(c.Element(Maml + "description"));
            Assert.NotEmpty(c.Element(Command + "syntax")!.Elements(Command + "syntaxItem"));
            Assert.NotEmpty(c.Element(Command + "parameters")!.Elements(Command + "parameter"));
            Assert.NotNull(c.Element(Command + "inputTypes"));
            Assert.NotNull(c.Element(Command + "returnValues"));
            Assert.True(c.Element(Command + "examples")!.Elements(Command + "example").Count() >= 2);
            Assert.All(c.Element(Command + "examples")!.Elements(Command + "example"), e => Assert.NotEmpty(e.Element(Dev + "code")!.Value));
            Assert.NotNull(c.Element(Maml + "relatedLinks"));
        }
    }

    [Fact]
    public void ValidMarkdownProducesMaml()
    {
        Write("Get-Thing.md", ValidMarkdown);
        var (exit, output) = Run();
        Assert.True(exit == 0, output);

        var doc = XDocument.Load(Path.Combine(_dir, "out.xml"));
        var command = doc.Root!.Element(Command + "command")!;
        Assert.Equal("Get-Thing", command.Element(Command + "details")!.Element(Command + "name")!.Value);
        Assert.Equal("Gets things.", command.Element(Command + "details")!.Element(Maml + "description")!.Value.Trim());

        var syntax = command.Element(Command + "syntax")!.Elements(Command + "syntaxItem").ToList();
        Assert.Equal(2, syntax.Count);
        var byName = syntax[0].Elements(Command + "parameter").Select(p => p.Element(Maml + "name")!.Value).ToList();
        Assert.Contains("Name", byName);
        Assert.DoesNotContain("Id", byName);

        var name = command.Element(Command + "parameters")!.Elements(Command + "parameter").Single(p => p.Element(Maml + "name")!.Value == "Name");
        Assert.Equal("true", name.Attribute("required")!.Value);
        Assert.Equal("0", name.Attribute("position")!.Value);
        Assert.Equal("True (ByPropertyName, ByValue)", name.Attribute("pipelineInput")!.Value);
        Assert.Equal("The name of the thing, wrapped over two lines.", name.Element(Maml + "description")!.Element(Maml + "para")!.Value);

        var force = syntax[0].Elements(Command + "parameter").Single(p => p.Element(Maml + "name")!.Value == "Force");
        Assert.Null(force.Element(Command + "parameterValue")); // a switch shows as [-Force]
    }

    [Theory]
    [InlineData("## EXAMPLES", "## EXAMPLE", "HELPGEN003")]
    [InlineData("### Example 2: By id\n```powershell\nGet-Thing -Id 7\n```\n\nGets thing 7.\n", "", "HELPGEN008")]
    [InlineData("Gets thing 7.", "", "HELPGEN008")]
    [InlineData("Required: True\nPosition: 0", "Required: Yes\nPosition: 0", "HELPGEN013")]
    [InlineData("Parameter Sets: ByName\n", "Parameter Sets: ByNickname\n", "HELPGEN013")]
    [InlineData("The name of the thing,\nwrapped over two lines.\n", "", "HELPGEN010")]
    [InlineData("# Get-Thing", "# Get-Other", "HELPGEN002")]
    [InlineData("```yaml\nType: SwitchParameter", "```yaml\nTipe: SwitchParameter", "HELPGEN012")]
    [InlineData("[about_Things](about_Things.md)", "see about_Things", "HELPGEN015")]
    public void MalformedMarkdownFailsWithItsLine(string find, string replace, string code)
    {
        Assert.Contains(find, ValidMarkdown);
        Write("Get-Thing.md", ValidMarkdown.Replace(find, replace));
        var (exit, output) = Run();
        Assert.Equal(1, exit);
        Assert.Matches(@"Get-Thing\.md\(\d+\): error " + code + ": ", output);
        Assert.False(File.Exists(Path.Combine(_dir, "out.xml")));
    }

    private void Write(string name, string text)
    {
        Directory.CreateDirectory(Path.Combine(_dir, "help"));
        File.WriteAllText(Path.Combine(_dir, "help", name), text.Replace("\n", Environment.NewLine));
    }

    private (int Exit, string Output) Run()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "exec", GeneratorPath(), "--input", Path.Combine(_dir, "help"), "--output", Path.Combine(_dir, "out.xml") })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "HelpGen did not finish.");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>The generator the build used: the newest ImportExport.HelpGen.dll of any configuration.</summary>
    private static string GeneratorPath()
    {
        var bin = RepoPaths.Combine("src", "ImportExport.HelpGen", "bin");
        var dll = Directory.Exists(bin)
            ? Directory.GetFiles(bin, "ImportExport.HelpGen.dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
        Assert.True(dll is not null, $"ImportExport.HelpGen.dll is not built under {bin} (building the module builds it).");
        return dll!;
    }

    private const string ValidMarkdown = """
        ---
        online version: https://example.com/Get-Thing
        ---

        # Get-Thing

        ## SYNOPSIS
        Gets things.

        ## SYNTAX

        ### ByName (Default)
        ```
        Get-Thing [-Name] <String> [-Force]
        ```

        ### ById
        ```
        Get-Thing -Id <Int32> [-Force]
        ```

        ## DESCRIPTION
        Gets things by name or id.

        ## EXAMPLES

        ### Example 1: By name
        ```powershell
        Get-Thing -Name box
        ```

        Gets the thing named box.

        ### Example 2: By id
        ```powershell
        Get-Thing -Id 7
        ```

        Gets thing 7.

        ## PARAMETERS

        ### -Name
        The name of the thing,
        wrapped over two lines.

        ```yaml
        Type: String
        Parameter Sets: ByName
        Aliases:

        Required: True
        Position: 0
        Default value: None
        Accept pipeline input: True (ByPropertyName, ByValue)
        Accept wildcard characters: False
        ```

        ### -Id
        The id of the thing.

        ```yaml
        Type: Int32
        Parameter Sets: ById
        Aliases:

        Required: True
        Position: Named
        Default value: None
        Accept pipeline input: False
        Accept wildcard characters: False
        ```

        ### -Force
        Gets it even when hidden.

        ```yaml
        Type: SwitchParameter
        Parameter Sets: (All)
        Aliases:

        Required: False
        Position: Named
        Default value: False
        Accept pipeline input: False
        Accept wildcard characters: False
        ```

        ### CommonParameters
        This cmdlet supports the common parameters.

        ## INPUTS

        ### System.String
        A name.

        ## OUTPUTS

        ### Thing
        A thing.

        ## NOTES
        None.

        ## RELATED LINKS

        [about_Things](about_Things.md)
        """;
}
