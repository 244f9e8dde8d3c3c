using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets;

/// <summary>
/// Issue 13: -ImportId refuses objects that are not imports the way -JobId refuses objects that are not jobs (one
/// transformation, <c>IdTransformationAttribute</c>): locally, with the object as the target, nothing sent.
/// </summary>
public sealed class ImportIdInputTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    private long LastSequence => Emulator.State.Requests.LastOrDefault()?.Sequence ?? 0;

    private int RequestsSince(long sequence) => Emulator.State.Requests.Count(r => r.Sequence > sequence);

    [Theory]
    [InlineData("[pscustomobject]@{ Id = 'import-1a2b3c4d5e6f7g8h9' }", "PSCustomObject")]
    [InlineData("[ImportExport.IE.JobStatus]::new()", "ImportExport.IE.JobStatus")]
    [InlineData("@{ Id = 'import-1a2b3c4d5e6f7g8h9' }", "System.Collections.Hashtable")]
    public void A_piped_object_that_is_not_an_import_is_refused_and_nothing_is_sent(string input, string typeName)
    {
        foreach (var command in new[] { "Get-MGNImport @aws", "Get-MGNImportError @aws", "Wait-MGNImport @aws -Timeout 5" })
        {
            var since = LastSequence;

            var result = PS.Run($"{input} | {command}");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("ParameterArgumentTransformationError,", error.FullyQualifiedErrorId);
            Assert.Contains("'ImportId'", error.Exception.Message);
            Assert.Contains("An import id is text", error.Exception.Message);
            Assert.Contains(typeName + " is neither", error.Exception.Message);
            Assert.DoesNotContain("@{", error.Exception.Message);
            Assert.Equal(0, RequestsSince(since));
        }
    }

    [Fact]
    public void A_wrong_object_given_by_name_is_refused_with_the_hint_to_pass_its_Id()
    {
        var result = PS.Run("Get-MGNImport -ImportId ([pscustomobject]@{ Id = 'import-1a2b3c4d5e6f7g8h9' }) @aws");

        var error = Assert.Single(result.AllErrors);
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Contains("-ImportId $object.Id", error.Exception.Message);
    }

    [Fact]
    public void Text_and_objects_with_an_ImportId_still_bind()
    {
        var started = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key ids/a.csv @aws -Confirm:$false").OutputOf<ImportTask>().Single();
        PS.SetVariable("id", started.ImportId);

        var result = PS.Run("""
            $id | Get-MGNImport @aws
            [pscustomobject]@{ ImportId = $id; Id = 'other' } | Get-MGNImport @aws
            Get-MGNImport -ImportId ([pscustomobject]@{ ImportId = $id }) @aws
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(new[] { started.ImportId, started.ImportId, started.ImportId }, result.OutputOf<ImportTask>().Select(t => t.ImportId));
    }
}
