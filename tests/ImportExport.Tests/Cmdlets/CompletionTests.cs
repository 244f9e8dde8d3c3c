using System.Management.Automation;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets;

/// <summary>-ImportId completes to the imports seen in the session; -JobId shows each job's type and creation date.</summary>
public sealed class CompletionTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    private List<CompletionResult> Complete(string line) =>
        PS.Run($"(TabExpansion2 -inputScript '{line}' -cursorColumn {line.Length}).CompletionMatches").Output.Select(o => (CompletionResult)o.BaseObject).ToList();

    [Theory]
    [InlineData("Wait-MGNImport -ImportId ")]
    [InlineData("Get-MGNImport -ImportId ")]
    [InlineData("Get-MGNImportError -ImportId ")]
    public void ImportId_completes_to_the_imports_seen_in_the_session(string line)
    {
        var started = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key complete/servers.csv @aws -Confirm:$false").OutputOf<ImportExport.Mgn.ImportTask>().Single();

        var match = Assert.Single(Complete(line), c => c.CompletionText == started.ImportId);
        Assert.Contains("eu-west-1", match.ToolTip);
        Assert.Contains("s3://my-import-bucket/complete/servers.csv", match.ToolTip);
    }

    [Fact]
    public void JobId_completion_shows_the_job_type_and_creation_date()
    {
        var id = NewJob();
        PS.Run("Get-IEJob @aws");

        var match = Assert.Single(Complete("Get-IEJobStatus -JobId "), c => c.CompletionText == id);
        Assert.StartsWith("Import job, created ", match.ToolTip);
        Assert.Matches(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", match.ToolTip);
    }

    [Fact]
    public void Region_completion_offers_only_names_Region_accepts()
    {
        var offered = Complete("Get-MGNImport -Region us-east-1").Select(c => c.CompletionText).ToList();

        Assert.Contains("us-east-1", offered);
        Assert.DoesNotContain("us-east-1-regional", offered);
        PS.Run("$elsewhere = $aws.Clone(); $elsewhere.Remove('Region')");
        foreach (var region in Complete("Get-MGNImport -Region ").Select(c => c.CompletionText))
        {
            // Every name offered is one -Region takes (the emulator answers for any region).
            var result = PS.Run($"Get-MGNImport -Region {region} -First 1 @elsewhere");
            Assert.DoesNotContain(result.AllErrors, e => e.FullyQualifiedErrorId.StartsWith("InvalidRegion", StringComparison.Ordinal));
        }
    }
}
