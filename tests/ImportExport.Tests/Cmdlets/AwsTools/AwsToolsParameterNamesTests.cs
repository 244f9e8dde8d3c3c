using System.Text.Json;

namespace ImportExport.Tests.Cmdlets.AwsTools;

/// <summary>
/// A runbook written for AWS Tools for PowerShell (AWS.Tools.ImportExport, AWS.Tools.Mgn) binds on this module's
/// same-named cmdlets: every parameter name and alias in aws-tools-parameters.json (AWS Tools' own declarations, read
/// from its source) resolves here. The file is walked, so a parameter added to the reference is checked too.
/// </summary>
public sealed class AwsToolsParameterNamesTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    internal static readonly string ReferencePath = RepoPaths.Combine("tests", "ImportExport.Tests", "Cmdlets", "AwsTools", "aws-tools-parameters.json");

    private static JsonElement Reference => JsonDocument.Parse(File.ReadAllText(ReferencePath)).RootElement;

    /// <summary>The reference's cmdlets that this module also has (the others are named differently here).</summary>
    private List<string> SameNamedCmdlets()
    {
        var ours = PS.Run("(Get-Command -Module ImportExport).Name").Output.Select(o => (string)o.BaseObject).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Reference.GetProperty("cmdlets").EnumerateObject().Select(c => c.Name).Where(ours.Contains).ToList();
    }

    private static IEnumerable<string> NamesOf(JsonElement parameter) =>
        new[] { parameter.GetProperty("name").GetString()! }.Concat(parameter.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!));

    /// <summary>The names (of <paramref name="names"/>) that <paramref name="cmdlet"/> has neither as a parameter nor as an alias.</summary>
    private List<string> Unresolved(string cmdlet, IEnumerable<string> names)
    {
        PS.SetVariable("cmdletName", cmdlet);
        PS.SetVariable("names", names.ToArray());
        return PS.Run("""
            $parameters = (Get-Command $cmdletName).Parameters.Values
            $names | Where-Object { $n = $_; -not ($parameters | Where-Object { $_.Name -eq $n -or $_.Aliases -contains $n }) }
            """).AssertClean().Output.Select(o => $"{cmdlet} -{o.BaseObject}").ToList();
    }

    [Fact]
    public void The_reference_names_the_six_same_named_cmdlets()
    {
        Assert.Superset(
            new HashSet<string> { "New-IEJob", "Update-IEJob", "Stop-IEJob", "Get-IEJob", "Get-IEShippingLabel", "Start-MGNImport" },
            SameNamedCmdlets().ToHashSet());
    }

    [Fact]
    public void Every_common_parameter_name_and_alias_of_AWS_Tools_resolves_on_each_same_named_cmdlet()
    {
        var common = Reference.GetProperty("common").EnumerateArray().SelectMany(NamesOf).ToList();

        var unresolved = SameNamedCmdlets().SelectMany(c => Unresolved(c, common)).ToList();

        Assert.Contains("AWSProfileName", common);
        Assert.Empty(unresolved);
    }

    [Fact]
    public void Every_parameter_name_and_alias_AWS_Tools_declares_on_a_same_named_cmdlet_resolves()
    {
        var unresolved = SameNamedCmdlets().SelectMany(c => Unresolved(
            c,
            Reference.GetProperty("cmdlets").GetProperty(c).GetProperty("parameters").EnumerateArray().SelectMany(NamesOf))).ToList();

        Assert.Empty(unresolved);
    }

    /// <summary>
    /// Where AWS Tools has a parameter at a position, ours has the same one there, except where ours had its own
    /// parameter at that position before (the README's "Coming from AWS Tools" table names each), and at -ValidateOnly's
    /// place, which is the hidden parameter that takes AWS Tools' -ValidateOnly $false.
    /// </summary>
    [Fact]
    public void AWS_Tools_positions_hold_on_ours_except_the_documented_ones()
    {
        var documented = new Dictionary<string, string?>
        {
            ["New-IEJob -Manifest"] = "ManifestPath",
            ["New-IEJob -ManifestAddendum"] = null,
            ["New-IEJob -ValidateOnly"] = "ValidateOnlyValue",
            ["Update-IEJob -Manifest"] = "ManifestPath",
            ["Update-IEJob -ValidateOnly"] = "ValidateOnlyValue",
        };
        var mismatches = new List<string>();
        foreach (var cmdlet in SameNamedCmdlets())
        {
            foreach (var parameter in Reference.GetProperty("cmdlets").GetProperty(cmdlet).GetProperty("parameters").EnumerateArray())
            {
                if (parameter.GetProperty("position").ValueKind != JsonValueKind.Number)
                {
                    continue;
                }

                var position = parameter.GetProperty("position").GetInt32();
                var key = $"{cmdlet} -{parameter.GetProperty("name").GetString()}";
                PS.SetVariable("cmdletName", cmdlet);
                PS.SetVariable("position", position);
                var atPosition = PS.Run("""
                    (Get-Command $cmdletName).Parameters.Values |
                        Where-Object { $_.Attributes | Where-Object { $_ -is [Parameter] -and $_.Position -eq $position } } |
                        ForEach-Object Name
                    """).AssertClean().Output.Select(o => (string)o.BaseObject).Distinct().ToList();
                var expected = documented.TryGetValue(key, out var other) ? other : parameter.GetProperty("name").GetString();
                var ours = atPosition.SingleOrDefault(n => n == expected || (expected is not null && IsAliasOf(cmdlet, expected, n)));
                if (expected is null ? atPosition.Count != 0 : ours is null)
                {
                    mismatches.Add($"{key} at {position}: ours has {string.Join("/", atPosition)}");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    private bool IsAliasOf(string cmdlet, string alias, string parameter)
    {
        PS.SetVariable("cmdletName", cmdlet);
        PS.SetVariable("alias", alias);
        PS.SetVariable("parameterName", parameter);
        return PS.Run("(Get-Command $cmdletName).Parameters[$parameterName].Aliases -contains $alias").Output.Select(o => (bool)o.BaseObject).Single();
    }

    [Fact]
    public void Every_alias_AWS_Tools_declares_on_a_same_named_cmdlet_resolves()
    {
        var unresolved = SameNamedCmdlets().SelectMany(c => Unresolved(
            c,
            Reference.GetProperty("cmdlets").GetProperty(c).GetProperty("parameters").EnumerateArray()
                .SelectMany(p => p.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)))).ToList();

        Assert.Empty(unresolved);
    }

    [Fact]
    public void AWS_Tools_flattened_names_of_Start_MGNImport_bind_to_the_same_parameters()
    {
        var result = RunClean("""
            $c = Get-Command Start-MGNImport
            'S3BucketSource_S3Bucket', 'S3BucketSource_S3Key', 'S3BucketSource_S3BucketOwner', 'Tags' | ForEach-Object { $c.ResolveParameter($_).Name }
            (Get-Command Get-IEShippingLabel).ResolveParameter('JobIds').Name
            (Get-Command Get-IEJob).ResolveParameter('AWSProfileName').Name
            (Get-Command Get-IEJob).ResolveParameter('ProfilesLocation').Name
            (Get-Command Get-IEJob).ResolveParameter('StoredCredentials').Name
            """);

        Assert.Equal(["S3Bucket", "S3Key", "S3BucketOwner", "Tag", "JobId", "ProfileName", "ProfileLocation", "ProfileName"], result.Output.Select(o => (string)o.BaseObject));
    }

    [Fact]
    public void A_runbook_naming_the_profile_the_AWS_Tools_way_uses_that_profile()
    {
        var credentials = Path.Combine(Scratch, "credentials");
        File.WriteAllText(credentials, $"[ops]\naws_access_key_id = {EmulatorFixture.AccessKey}\naws_secret_access_key = {EmulatorFixture.SecretKey}\n");
        PS.SetVariable("credentialsFile", credentials);

        var viaAlias = PS.Run("Get-IEJob -AWSProfileName ops -ProfilesLocation $credentialsFile -EndpointUrl $endpoint -Verbose");
        var viaStored = PS.Run("Get-IEJob -StoredCredentials nosuch -AWSProfilesLocation $credentialsFile -EndpointUrl $endpoint");

        Assert.Empty(viaAlias.AllErrors);
        Assert.Contains(viaAlias.Verbose, v => v.Message.Contains("ops", StringComparison.Ordinal));
        Assert.Equal("ProfileNotFound", Assert.Single(viaStored.AllErrors).FullyQualifiedErrorId.Split(',')[0]);
    }

    [Fact]
    public void Get_IEJob_MaxJob_returns_one_page_as_AWS_Tools_does_positionally_named_or_piped()
    {
        NewJob();
        NewJob();
        NewJob();
        var before = RequestCount("ListJobs");

        var named = RunClean("Get-IEJob -MaxJob 2 @aws").Output;
        var positional = RunClean("Get-IEJob 1 @aws").Output;
        var piped = RunClean("2 | Get-IEJob @aws").Output;
        var alias = RunClean("Get-IEJob -MaxJobs 1 @aws").Output;
        var verbose = RunClean("Get-IEJob -MaxJob 1 @aws -Verbose").Verbose.Select(v => v.Message);

        Assert.Equal(2, named.Count);
        Assert.Single(positional);
        Assert.Equal(2, piped.Count);
        Assert.Single(alias);
        Assert.Contains(verbose, v => v.StartsWith("More jobs follow; continue with -Marker ", StringComparison.Ordinal));
        // One ListJobs request each, asking for that many jobs.
        var sent = Emulator.State.Requests.Where(r => r.Operation == "ListJobs").Skip(before).Select(r => r.Parameters["MaxJobs"]?.ToString());
        Assert.Equal(["2", "1", "2", "1", "1"], sent);
    }
}
