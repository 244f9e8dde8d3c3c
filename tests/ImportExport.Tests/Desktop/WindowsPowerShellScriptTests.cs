using System.Management.Automation.Language;
using System.Text.RegularExpressions;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Desktop;

/// <summary>
/// Script text that users run in Windows PowerShell 5.1 (the README's diagnostic snippet) and the Pester suite that
/// TestHelpers says runs there must use nothing 5.1 lacks. The PowerShell 7 parser accepts more than 5.1's, so the
/// tokens that only PowerShell 7 knows are refused explicitly.
/// </summary>
public sealed class WindowsPowerShellScriptTests
{
    private static readonly TokenKind[] PowerShell7Only =
    [
        TokenKind.QuestionQuestion, TokenKind.QuestionQuestionEquals, TokenKind.QuestionDot, TokenKind.QuestionLBracket,
        TokenKind.AndAnd, TokenKind.OrOr, TokenKind.QuestionMark,
    ];

    private static string DiagnosticSnippet()
    {
        var readme = File.ReadAllText(RepoPaths.Combine("README.md"));
        var section = readme.Substring(readme.IndexOf("## Loading beside AWS Tools and other modules", StringComparison.Ordinal));
        var match = Regex.Match(section, "To diagnose a conflict.*?```powershell\\n(?<code>.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, "The README's diagnostic snippet is missing.");
        return match.Groups["code"].Value;
    }

    [Fact]
    public void The_README_diagnostic_snippet_parses_in_Windows_PowerShell_5_1()
    {
        var code = DiagnosticSnippet();

        Parser.ParseInput(code, out var tokens, out var errors);

        Assert.Empty(errors);
        Assert.DoesNotContain(tokens, t => PowerShell7Only.Contains(t.Kind));
        // AssemblyLoadContext does not exist on .NET Framework: only inside the PSEdition 'Core' branch.
        var alc = code.IndexOf("AssemblyLoadContext", StringComparison.Ordinal);
        Assert.True(alc < 0 || alc > code.IndexOf("PSEdition -eq 'Core'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_README_says_AWS_Tools_V4_loads_side_by_side_on_5_1()
    {
        var readme = File.ReadAllText(RepoPaths.Combine("README.md"));

        Assert.Contains("3.3.0.0", readme);
        Assert.DoesNotContain("cannot hold\n  both", readme);
        Assert.DoesNotContain("cannot hold both", readme);
    }

    [Fact]
    public void The_Pester_suite_uses_no_encoding_name_that_Windows_PowerShell_lacks()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Combine("tests", "Pester"), "*.ps*1"))
        {
            var text = File.ReadAllText(file);
            Assert.False(Regex.IsMatch(text, @"-Encoding\s+(utf8NoBOM|utf8BOM)\b", RegexOptions.IgnoreCase), $"{Path.GetFileName(file)} uses an encoding name PowerShell 5.1 does not have.");
        }
    }
}
