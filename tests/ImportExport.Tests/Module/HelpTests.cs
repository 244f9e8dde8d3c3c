using System.Management.Automation;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Module;

/// <summary>
/// Get-Help, as a user runs it, finds complete help for every cmdlet: the MAML generated from
/// src/ImportExport/Help/*.md agrees with the compiled parameters.
/// </summary>
public sealed class HelpTests : IClassFixture<HelpTests.Session>
{
    private readonly PowerShellHost _ps;

    public HelpTests(Session session) => _ps = session.Host;

    /// <summary>One runspace for the class: importing the module and reading help once is enough.</summary>
    public sealed class Session : IDisposable
    {
        public PowerShellHost Host { get; } = PowerShellHost.Create();

        public void Dispose() => Host.Dispose();
    }

    private PSObject FullHelp(string cmdlet)
    {
        var r = _ps.Run("Get-Help -Name $args[0] -Full", cmdlet);
        r.AssertClean();
        return r.Output.Single();
    }

    [Theory]
    [MemberData(nameof(ModuleFacts.CmdletNames), MemberType = typeof(ModuleFacts))]
    public void HelpComesFromTheModuleMaml(string cmdlet)
    {
        var help = FullHelp(cmdlet);

        // Without MAML, Get-Help makes up help whose synopsis is the syntax line and whose category is not Cmdlet.
        Assert.Equal("Cmdlet", help.Properties["Category"]?.Value?.ToString());
        Assert.Equal("ImportExport", help.Properties["ModuleName"]?.Value?.ToString());
        var synopsis = help.Properties["Synopsis"]?.Value?.ToString()?.Trim();
        Assert.False(string.IsNullOrWhiteSpace(synopsis), $"{cmdlet}: no synopsis.");
        Assert.DoesNotContain("[<CommonParameters>]", synopsis);
        Assert.DoesNotContain(cmdlet + " ", synopsis!.Substring(0, Math.Min(synopsis.Length, cmdlet.Length + 1)));
    }

    [Theory]
    [MemberData(nameof(ModuleFacts.CmdletNames), MemberType = typeof(ModuleFacts))]
    public void HelpHasDescription(string cmdlet)
    {
        var r = _ps.Run("(Get-Help -Name $args[0] -Full).description | ForEach-Object Text", cmdlet);
        r.AssertCompleted();
        var text = string.Join("\n", r.Output.Select(o => o.ToString()));
        Assert.True(text.Length > 80, $"{cmdlet}: the description is missing or too short: '{text}'.");
    }

    [Theory]
    [MemberData(nameof(ModuleFacts.CmdletNames), MemberType = typeof(ModuleFacts))]
    public void HelpHasAtLeastTwoExamplesWithCodeAndRemarks(string cmdlet)
    {
        var r = _ps.Run(
            "(Get-Help -Name $args[0] -Full).examples.example | ForEach-Object { [pscustomobject]@{ Code = $_.code; Remarks = ($_.remarks | ForEach-Object Text) -join ' ' } }",
            cmdlet);
        r.AssertCompleted();
        Assert.True(r.Output.Count >= 2, $"{cmdlet}: {r.Output.Count} example(s).");
        foreach (var example in r.Output)
        {
            var code = example.Properties["Code"].Value?.ToString() ?? string.Empty;
            Assert.Contains(cmdlet, code, StringComparison.OrdinalIgnoreCase);
            Assert.False(string.IsNullOrWhiteSpace(example.Properties["Remarks"].Value?.ToString()), $"{cmdlet}: an example has no remarks.");
        }
    }

    /// <summary>Every parameter Get-Command knows is documented with a description, and help documents no other.</summary>
    [Theory]
    [MemberData(nameof(ModuleFacts.CmdletNames), MemberType = typeof(ModuleFacts))]
    public void EveryParameterIsDocumented(string cmdlet)
    {
        var actual = ActualParameters(cmdlet).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var r = _ps.Run(
            "(Get-Help -Name $args[0] -Full).parameters.parameter | ForEach-Object { [pscustomobject]@{ Name = $_.name; Description = ($_.description | ForEach-Object Text) -join ' ' } }",
            cmdlet);
        r.AssertCompleted();
        var documented = r.Output.ToDictionary(o => o.Properties["Name"].Value.ToString()!, o => o.Properties["Description"].Value?.ToString() ?? string.Empty, StringComparer.OrdinalIgnoreCase);

        var undocumented = actual.Where(p => !documented.ContainsKey(p)).ToList();
        Assert.True(undocumented.Count == 0, $"{cmdlet}: undocumented parameters (add them to src/ImportExport/Help/{cmdlet}.md): {string.Join(", ", undocumented)}");

        var stale = documented.Keys.Where(p => !actual.Contains(p)).ToList();
        Assert.True(stale.Count == 0, $"{cmdlet}: help documents parameters the cmdlet does not have: {string.Join(", ", stale)}");

        var empty = documented.Where(d => string.IsNullOrWhiteSpace(d.Value)).Select(d => d.Key).ToList();
        Assert.True(empty.Count == 0, $"{cmdlet}: parameters without a description: {string.Join(", ", empty)}");
    }

    /// <summary>What help says about each parameter (type, mandatory, position, pipeline) is what the cmdlet does.</summary>
    [Theory]
    [MemberData(nameof(ModuleFacts.CmdletNames), MemberType = typeof(ModuleFacts))]
    public void ParameterAttributesInHelpMatchTheCmdlet(string cmdlet)
    {
        var r = _ps.Run(
            "(Get-Help -Name $args[0] -Full).parameters.parameter | ForEach-Object { [pscustomobject]@{ Name = $_.name; Required = $_.required; Position = $_.position; Pipeline = $_.pipelineInput; Type = $_.type.name } }",
            cmdlet);
        r.AssertCompleted();

        var problems = new List<string>();
        foreach (var actual in ActualParameters(cmdlet))
        {
            var doc = r.Output.FirstOrDefault(o => string.Equals(o.Properties["Name"].Value?.ToString(), actual.Name, StringComparison.OrdinalIgnoreCase));
            if (doc is null)
            {
                continue; // EveryParameterIsDocumented reports it
            }

            var sets = actual.ParameterSets.Values.ToList();
            bool mandatory = sets.Any(s => s.IsMandatory);
            if (!string.Equals(doc.Properties["Required"].Value?.ToString(), mandatory ? "true" : "false", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"-{actual.Name}: help says Required {doc.Properties["Required"].Value}, the cmdlet {mandatory}.");
            }

            var positions = sets.Select(s => s.Position == int.MinValue ? "named" : s.Position.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var docPosition = doc.Properties["Position"].Value?.ToString() ?? string.Empty;
            if (!positions.Contains(docPosition))
            {
                problems.Add($"-{actual.Name}: help says Position {docPosition}, the cmdlet {string.Join("/", positions)}.");
            }

            bool byValue = sets.Any(s => s.ValueFromPipeline);
            bool byName = sets.Any(s => s.ValueFromPipelineByPropertyName);
            var pipeline = doc.Properties["Pipeline"].Value?.ToString() ?? string.Empty;
            if (pipeline.Contains("ByValue", StringComparison.Ordinal) != byValue || pipeline.Contains("ByPropertyName", StringComparison.Ordinal) != byName)
            {
                problems.Add($"-{actual.Name}: help says pipeline input '{pipeline}', the cmdlet ByValue={byValue} ByPropertyName={byName}.");
            }

            var type = Nullable.GetUnderlyingType(actual.ParameterType) ?? actual.ParameterType;
            var docType = doc.Properties["Type"].Value?.ToString() ?? string.Empty;
            if (!string.Equals(docType, type.Name, StringComparison.OrdinalIgnoreCase) && !string.Equals(docType, type.FullName, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"-{actual.Name}: help says Type {docType}, the cmdlet {type.Name}.");
            }
        }

        Assert.True(problems.Count == 0, $"{cmdlet} (fix src/ImportExport/Help/{cmdlet}.md):\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(ModuleFacts.CmdletNames), MemberType = typeof(ModuleFacts))]
    public void HelpNamesInputsOutputsAndLinks(string cmdlet)
    {
        var r = _ps.Run(
            "$h = Get-Help -Name $args[0] -Full; @($h.returnValues.returnValue).Count; @($h.inputTypes.inputType).Count; @($h.relatedLinks.navigationLink).Count; ($h.returnValues.returnValue | ForEach-Object { $_.type.name }) -join ';'",
            cmdlet);
        r.AssertCompleted();
        Assert.True((int)r.Output[0].BaseObject >= 1, $"{cmdlet}: no OUTPUTS.");
        Assert.True((int)r.Output[1].BaseObject >= 1, $"{cmdlet}: no INPUTS.");
        Assert.True((int)r.Output[2].BaseObject >= 1, $"{cmdlet}: no RELATED LINKS.");

        // Every [OutputType] of the cmdlet is named in OUTPUTS.
        var outputs = r.Output[3].BaseObject.ToString()!;
        foreach (var type in ModuleFacts.CompiledCmdlets[cmdlet].GetCustomAttributes(typeof(OutputTypeAttribute), false).Cast<OutputTypeAttribute>().SelectMany(a => a.Type))
        {
            Assert.Contains(type.Name, outputs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AboutTopicIsFound()
    {
        var r = _ps.Run("Get-Help -Name about_ImportExport");
        r.AssertClean();
        var text = string.Concat(r.Output.Select(o => o.ToString()));
        Assert.Contains("about_ImportExport", text, StringComparison.Ordinal);
        foreach (var section in new[] { "CREDENTIALS", "REGIONS", "ENDPOINTS", "EMULATOR", "PAGING", "ERRORS AND RETRIES", "PIPELINE" })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void GetHelpListsTheModuleCmdlets()
    {
        var r = _ps.Run("'*-IE*', '*-MGN*' | ForEach-Object { Get-Help -Name $_ -Category Cmdlet } | ForEach-Object Name");
        r.AssertCompleted();
        Assert.Equal(
            ModuleFacts.CompiledCmdlets.Keys.OrderBy(n => n, StringComparer.Ordinal),
            r.Output.Select(o => o.ToString()).OrderBy(n => n, StringComparer.Ordinal));
    }

    private IReadOnlyList<ParameterMetadata> ActualParameters(string cmdlet)
    {
        var r = _ps.Run("(Get-Command -Name $args[0]).Parameters.Values", cmdlet);
        r.AssertCompleted();
        return r.Output.Select(o => (ParameterMetadata)o.BaseObject).Where(p => !ModuleFacts.CommonParameters.Contains(p.Name)).ToList();
    }
}
