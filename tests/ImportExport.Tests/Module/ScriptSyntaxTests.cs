using System.Management.Automation.Language;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Module;

/// <summary>
/// build.ps1 and tests/Pester cannot run here (no pwsh), so the engine's parser checks them: no syntax errors, nothing
/// that Windows PowerShell 5.1 cannot parse or run, and Pester 5 assertions (not Pester 4's `Should Be`).
/// </summary>
public sealed class ScriptSyntaxTests
{
    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        data.Add("build.ps1");
        foreach (var file in Directory.GetFiles(RepoPaths.Combine("tests", "Pester")).Where(f => f.EndsWith(".ps1", StringComparison.Ordinal) || f.EndsWith(".psm1", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void ParsesWithoutErrors(string script)
    {
        Parse(script, out var errors);
        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => $"{script}({e.Extent.StartLineNumber},{e.Extent.StartColumnNumber}): {e.ErrorId}: {e.Message}")));
    }

    /// <summary>Syntax and commands that exist only in PowerShell 7: the build and the Pester suite must run in 5.1 too.</summary>
    [Theory]
    [MemberData(nameof(Scripts))]
    public void UsesNothingThatWindowsPowerShell51Lacks(string script)
    {
        var ast = Parse(script, out _);
        var problems = new List<string>();

        void Report(Ast node, string what) => problems.Add($"{script}({node.Extent.StartLineNumber}): {what}: {node.Extent.Text.Split('\n')[0]}");

        foreach (var node in ast.FindAll(_ => true, searchNestedScriptBlocks: true))
        {
            switch (node)
            {
                case PipelineChainAst:
                    Report(node, "&& / || pipeline chains are PowerShell 7 only");
                    break;
                case TernaryExpressionAst:
                    Report(node, "the ternary operator is PowerShell 7 only");
                    break;
                case BinaryExpressionAst { Operator: TokenKind.QuestionQuestion }:
                    Report(node, "?? is PowerShell 7 only");
                    break;
                case AssignmentStatementAst { Operator: TokenKind.QuestionQuestionEquals }:
                    Report(node, "??= is PowerShell 7 only");
                    break;
                case MemberExpressionAst { NullConditional: true }:
                case IndexExpressionAst { NullConditional: true }:
                    Report(node, "?. and ?[] are PowerShell 7 only");
                    break;
                case ScriptBlockAst { CleanBlock: not null }:
                    Report(node, "clean blocks are PowerShell 7.3+ only");
                    break;
                case CommandAst command:
                    CheckCommand(command);
                    break;
            }
        }

        void CheckCommand(CommandAst command)
        {
            var name = command.GetCommandName();
            var parameters = command.CommandElements.OfType<CommandParameterAst>().Select(p => p.ParameterName).ToList();
            if (string.Equals(name, "Join-Path", StringComparison.OrdinalIgnoreCase))
            {
                var positional = command.CommandElements.Skip(1).Count(e => e is not CommandParameterAst) - command.CommandElements.OfType<CommandParameterAst>().Count(p => p.Argument is null);
                if (positional > 2 || parameters.Contains("AdditionalChildPath", StringComparer.OrdinalIgnoreCase))
                {
                    Report(command, "Join-Path with more than one child path is PowerShell 6+ only");
                }
            }

            // A test of a PowerShell 7 feature may use it inside an It/Describe that 5.1 skips.
            if (string.Equals(name, "ForEach-Object", StringComparison.OrdinalIgnoreCase) && parameters.Contains("Parallel", StringComparer.OrdinalIgnoreCase)
                && !IsInsideBlockSkippedBefore7(command))
            {
                Report(command, "ForEach-Object -Parallel is PowerShell 7 only");
            }

            if (string.Equals(name, "ConvertTo-Json", StringComparison.OrdinalIgnoreCase) && parameters.Any(p => p.Equals("EnumsAsStrings", StringComparison.OrdinalIgnoreCase) || p.Equals("AsArray", StringComparison.OrdinalIgnoreCase)))
            {
                Report(command, "ConvertTo-Json -EnumsAsStrings/-AsArray are PowerShell 7 only");
            }

            if (string.Equals(name, "Get-Content", StringComparison.OrdinalIgnoreCase) && parameters.Contains("AsByteStream", StringComparer.OrdinalIgnoreCase))
            {
                Report(command, "Get-Content -AsByteStream is PowerShell 6+ only");
            }
        }

        // $IsWindows/$IsLinux/$IsMacOS do not exist in 5.1, and strict mode makes reading them an error there.
        foreach (var variable in ast.FindAll(a => a is VariableExpressionAst, true).Cast<VariableExpressionAst>())
        {
            var name = variable.VariablePath.UserPath;
            if (name is "IsWindows" or "IsLinux" or "IsMacOS" or "IsCoreCLR")
            {
                Report(variable, $"${name} does not exist in Windows PowerShell 5.1");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Pester 5 syntax: `Should -Be`, never Pester 4's `Should Be`; suites that start the emulator stop it.</summary>
    [Theory]
    [MemberData(nameof(Scripts))]
    public void PesterFilesUsePester5Syntax(string script)
    {
        if (!script.EndsWith(".Tests.ps1", StringComparison.Ordinal))
        {
            return;
        }

        var ast = Parse(script, out _);
        var commands = ast.FindAll(a => a is CommandAst, true).Cast<CommandAst>().ToList();
        var problems = new List<string>();
        foreach (var should in commands.Where(c => string.Equals(c.GetCommandName(), "Should", StringComparison.OrdinalIgnoreCase)))
        {
            if (should.CommandElements.Count < 2 || should.CommandElements[1] is not CommandParameterAst)
            {
                problems.Add($"{script}({should.Extent.StartLineNumber}): Pester 4 syntax '{should.Extent.Text}': use Should -Be / -Match ...");
            }
        }

        foreach (var pester4 in new[] { "Assert-MockCalled", "Assert-VerifiableMock", "Assert-VerifiableMocks" })
        {
            foreach (var c in commands.Where(c => string.Equals(c.GetCommandName(), pester4, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"{script}({c.Extent.StartLineNumber}): {pester4} is Pester 4; use Should -Invoke.");
            }
        }

        // Pester 5 runs code outside BeforeAll/It during discovery only: setup there would not be there when tests run.
        var top = ast.EndBlock?.Statements ?? (IReadOnlyList<StatementAst>)[];
        foreach (var statement in top)
        {
            var name = (statement as PipelineAst)?.PipelineElements.FirstOrDefault() is CommandAst c ? c.GetCommandName() : null;
            if (name is null || !new[] { "BeforeAll", "AfterAll", "BeforeDiscovery", "Describe", "Context" }.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"{script}({statement.Extent.StartLineNumber}): top-level code outside BeforeAll/BeforeDiscovery/Describe runs only at discovery in Pester 5.");
            }
        }

        bool starts = commands.Any(c => string.Equals(c.GetCommandName(), "Initialize-IETestSession", StringComparison.OrdinalIgnoreCase));
        bool stops = commands.Any(c => string.Equals(c.GetCommandName(), "Stop-IETestEmulator", StringComparison.OrdinalIgnoreCase));
        if (starts && !stops)
        {
            problems.Add($"{script}: starts the emulator (Initialize-IETestSession) but never stops it (Stop-IETestEmulator in AfterAll).");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Whether <paramref name="node"/> is inside the script block of a Pester <c>It</c>, <c>Context</c> or <c>Describe</c>
    /// whose <c>-Skip</c> is <c>$PSVersionTable.PSVersion.Major -lt 7</c>, so Windows PowerShell 5.1 never runs it.
    /// </summary>
    private static bool IsInsideBlockSkippedBefore7(Ast node)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is CommandAst block && block.GetCommandName() is "It" or "Context" or "Describe"
                && block.CommandElements.OfType<CommandParameterAst>().Any(p => p.ParameterName.Equals("Skip", StringComparison.OrdinalIgnoreCase)
                    && p.Argument?.Extent.Text.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("$PSVersionTable.PSVersion.Major-lt7", StringComparison.OrdinalIgnoreCase) == true))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every helper a Pester file calls from TestHelpers.psm1 is exported by it.</summary>
    [Fact]
    public void PesterFilesCallOnlyExportedHelpers()
    {
        var helpers = Parse("tests/Pester/TestHelpers.psm1", out _);
        // TestHelpers re-exports the functions of PowerShellProcess.psm1, which it imports.
        var defined = helpers.FindAll(a => a is FunctionDefinitionAst, false).Cast<FunctionDefinitionAst>().Select(f => f.Name)
            .Concat(Parse("tests/Pester/PowerShellProcess.psm1", out _).FindAll(a => a is FunctionDefinitionAst, false).Cast<FunctionDefinitionAst>().Select(f => f.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var export = helpers.FindAll(a => a is CommandAst c && string.Equals(c.GetCommandName(), "Export-ModuleMember", StringComparison.OrdinalIgnoreCase), false)
            .Cast<CommandAst>().SelectMany(c => c.CommandElements.OfType<StringConstantExpressionAst>().Skip(1).Select(s => s.Value)
                .Concat(c.CommandElements.OfType<ArrayLiteralAst>().SelectMany(a => a.Elements.OfType<StringConstantExpressionAst>().Select(s => s.Value))))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.All(export, name => Assert.Contains(name, defined));

        foreach (var script in Scripts().Cast<object[]>().Select(d => (string)d[0]).Where(s => s.EndsWith(".Tests.ps1", StringComparison.Ordinal)))
        {
            var ast = Parse(script, out _);
            var local = ast.FindAll(a => a is FunctionDefinitionAst, true).Cast<FunctionDefinitionAst>().Select(f => f.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var call in ast.FindAll(a => a is CommandAst, true).Cast<CommandAst>().Select(c => c.GetCommandName()).Where(n => n is not null && n.Contains("-IETest", StringComparison.OrdinalIgnoreCase)))
            {
                Assert.True(export.Contains(call!) || local.Contains(call!), $"{script} calls {call}, which TestHelpers.psm1 does not export.");
            }
        }
    }

    private static ScriptBlockAst Parse(string relativePath, out ParseError[] errors)
    {
        var path = RepoPaths.Combine(relativePath.Split('/'));
        Assert.True(File.Exists(path), $"{path} does not exist.");
        return Parser.ParseFile(path, out _, out errors);
    }
}
