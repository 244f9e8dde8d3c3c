using System.Management.Automation;
using ImportExport.IE;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets;

/// <summary>What Get-Command and output objects look like to a user.</summary>
public sealed class ModuleSurfaceTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Every_exported_cmdlet_declares_its_output_type()
    {
        var result = PS.Run("Get-Command -Module ImportExport");

        var commands = result.OutputOf<CmdletInfo>();
        Assert.Contains(commands, c => c.Name == "New-IEJob");
        Assert.All(commands, c => Assert.NotEmpty(c.OutputType));
    }

    [Fact]
    public void The_seven_API_cmdlets_are_exported()
    {
        var names = PS.Run("Get-Command -Module ImportExport").OutputOf<CmdletInfo>().Select(c => c.Name).ToHashSet();

        Assert.Superset(new HashSet<string> { "New-IEJob", "Update-IEJob", "Stop-IEJob", "Get-IEJobStatus", "Get-IEJob", "Get-IEShippingLabel", "Start-MGNImport" }, names);
    }

    [Fact]
    public void New_IEManifest_offers_the_credential_parameters_but_none_of_where_to_send_since_it_sends_nothing()
    {
        var parameters = PS.Run("(Get-Command New-IEManifest).Parameters.Keys").Output.Select(o => (string)o.BaseObject).ToHashSet();

        Assert.DoesNotContain("Region", parameters);
        Assert.DoesNotContain("EndpointUrl", parameters);
        Assert.DoesNotContain("MaxRetry", parameters);
        Assert.Superset(new HashSet<string> { "ProfileName", "ProfileLocation", "AccessKey", "SecretKey", "SessionToken", "Credential" }, parameters);

        // Every cmdlet that sends something keeps all three.
        var senders = PS.Run("Get-Command -Module ImportExport | Where-Object { $_.Parameters.ContainsKey('AccessKey') -and $_.Name -ne 'New-IEManifest' } | ForEach-Object { $_.Parameters.ContainsKey('Region') -and $_.Parameters.ContainsKey('EndpointUrl') -and $_.Parameters.ContainsKey('MaxRetry') }");
        Assert.NotEmpty(senders.Output);
        Assert.All(senders.Output, o => Assert.True((bool)o.BaseObject));
    }

    [Fact]
    public void New_IEManifest_takes_its_accessKeyId_from_the_credential_parameters()
    {
        var result = PS.Run("New-IEManifest -JobType Import -DeviceId 1 -Bucket my-import-bucket -Name a -Street1 b -City c -StateOrProvince WA -PostalCode 1 -PhoneNumber 2 -Country USA -AccessKey AKIAEXAMPLEKEY123456 -SecretKey s");

        Assert.Empty(result.AllErrors);
        Assert.Contains("accessKeyId: AKIAEXAMPLEKEY123456", (string)result.Output.Single().BaseObject);
    }

    [Fact]
    public void Output_objects_export_cleanly_no_property_shows_a_type_name()
    {
        var id = NewJob();
        PS.SetVariable("id", id);
        var objects = new List<object>();
        objects.AddRange(PS.Run("New-IEJob -JobType Import -Manifest $manifest @aws -Confirm:$false").Output.Select(o => o.BaseObject));
        objects.AddRange(PS.Run("Get-IEJobStatus -JobId $id @aws").Output.Select(o => o.BaseObject));
        objects.AddRange(PS.Run("Get-IEJob @aws").Output.Select(o => o.BaseObject));
        objects.AddRange(PS.Run("Get-IEShippingLabel -JobId $id @aws").Output.Select(o => o.BaseObject));
        objects.AddRange(PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key k.csv -Tag @{ a = 'b' } @aws -Confirm:$false").Output.Select(o => o.BaseObject));

        Assert.Contains(objects, o => o is CreatedJob);
        Assert.Contains(objects, o => o is ImportTask);
        foreach (var item in objects)
        {
            foreach (var property in item.GetType().GetProperties())
            {
                // What Export-Csv writes for a property is its value's string form.
                var text = property.GetValue(item)?.ToString() ?? string.Empty;
                Assert.False(text.StartsWith("System.", StringComparison.Ordinal) || text.StartsWith("ImportExport.", StringComparison.Ordinal),
                    $"{item.GetType().Name}.{property.Name} would export as '{text}'");
            }
        }
    }

    [Fact]
    public void JobType_completes_to_Import_and_Export_and_JobId_to_jobs_seen_in_the_session()
    {
        var id = NewJob();

        var jobType = PS.Run("(TabExpansion2 -inputScript 'New-IEJob -JobType ' -cursorColumn 19).CompletionMatches.CompletionText").Output.Select(o => o.ToString()).ToList();
        var line = $"Get-IEJobStatus -JobId {id[..2]}";
        var jobId = PS.Run($"(TabExpansion2 -inputScript '{line}' -cursorColumn {line.Length}).CompletionMatches.CompletionText").Output.Select(o => o.ToString()).ToList();
        var region = PS.Run("(TabExpansion2 -inputScript 'Get-IEJob -Region eu-we' -cursorColumn 23).CompletionMatches.CompletionText").Output.Select(o => o.ToString()).ToList();

        Assert.Equal(["Export", "Import"], jobType.Order());
        Assert.Contains(id, jobId);
        Assert.Contains("eu-west-1", region);
    }
}
