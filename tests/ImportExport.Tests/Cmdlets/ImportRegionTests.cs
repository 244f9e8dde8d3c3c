using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets;

/// <summary>An MGN import carries its region (from its ARN) down the pipeline; -Region still wins when given.</summary>
public sealed class ImportRegionTests : ModuleTestBase, IClassFixture<EmulatorFixture>
{
    public ImportRegionTests(EmulatorFixture emulator)
        : base(emulator)
    {
        // The session's region is eu-west-1; the imports below live in us-west-2.
        PS.Run("$StoredAWSRegion = 'eu-west-1'; $session = $aws.Clone(); $session.Remove('Region')");
    }

    [Fact]
    public void An_import_knows_its_region()
    {
        var result = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key r/a.csv -Region us-west-2 @session -Confirm:$false");

        Assert.Equal("us-west-2", Assert.Single(result.OutputOf<ImportTask>()).Region);
    }

    [Fact]
    public void Start_piped_to_Wait_waits_in_the_import_s_region()
    {
        // Whatever is started in us-west-2 succeeds at the next tick, while Wait-MGNImport is looking.
        using var finisher = new Timer(_ =>
        {
            foreach (var import in Emulator.State.GetImports(EmulatorFixture.AccountId, "us-west-2").Where(i => i.EndDateTime is null))
            {
                try
                {
                    Emulator.State.AdvanceImport(import.ImportId, "SUCCEEDED");
                }
                catch (InvalidOperationException)
                {
                    // Ended meanwhile.
                }
            }
        }, null, 100, 100);

        var result = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key r/b.csv -Region us-west-2 @session -Confirm:$false | Wait-MGNImport @session -Timeout 30 -PollInterval 0.1");

        Assert.Empty(result.Errors);
        Assert.Equal("SUCCEEDED", Assert.Single(result.OutputOf<ImportTask>()).Status);
    }

    [Theory]
    [InlineData("Get-MGNImport @session")]
    [InlineData("Wait-MGNImport @session -Timeout 30 -PollInterval 0.1")]
    [InlineData("Get-MGNImportError @session")]
    public void Get_MGNImport_piped_on_keeps_the_region(string next)
    {
        var started = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key r/c.csv -Region us-west-2 @session -Confirm:$false").OutputOf<ImportTask>().Single();
        Emulator.State.AdvanceImport(started.ImportId!, "SUCCEEDED");

        var result = PS.Run($"Get-MGNImport -Region us-west-2 @session -First 1 | {next}");

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void An_explicit_Region_wins_and_ImportNotFound_names_it()
    {
        var result = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key r/d.csv -Region us-west-2 @session -Confirm:$false | Wait-MGNImport @session -Region ap-southeast-2 -Timeout 30");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("ImportNotFound,", error.FullyQualifiedErrorId);
        Assert.Contains("region ap-southeast-2", error.Exception.Message);
    }

    [Fact]
    public void Get_MGNImport_ImportNotFound_names_the_region_searched()
    {
        var result = PS.Run("Get-MGNImport -ImportId import-1a2b3c4d5e6f7g8h9 @session");

        var error = Assert.Single(result.Errors);
        Assert.Contains("region eu-west-1", error.Exception.Message);
    }

    [Theory]
    [InlineData("Get-MGNImport")]
    [InlineData("Get-MGNImportError")]
    [InlineData("Wait-MGNImport -Timeout 30 -PollInterval 0.1")]
    public void ImportArn_alone_names_the_import_and_its_region(string command)
    {
        // Other imports in both regions: the ARN must pick its one.
        PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key r/other.csv -Region us-west-2 @session -Confirm:$false");
        PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key r/other.csv @session -Confirm:$false");
        var started = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key r/e.csv -Region us-west-2 @session -Confirm:$false").OutputOf<ImportTask>().Single();
        Emulator.State.AdvanceImport(started.ImportId!, "SUCCEEDED");
        PS.SetVariable("arn", started.Arn);

        var result = PS.Run($"{command} -ImportArn $arn @session");

        Assert.Empty(result.AllErrors);
        if (!command.StartsWith("Get-MGNImportError", StringComparison.Ordinal))
        {
            var import = Assert.Single(result.OutputOf<ImportTask>());
            Assert.Equal(started.ImportId, import.ImportId);
            Assert.Equal("us-west-2", import.Region);
        }
    }

    [Theory]
    [InlineData("Get-MGNImport")]
    [InlineData("Get-MGNImportError")]
    [InlineData("Wait-MGNImport")]
    public void An_ImportArn_that_is_not_one_of_an_import_is_an_error_before_any_request(string command)
    {
        var before = Emulator.State.Requests.Count;

        var result = PS.Run($"{command} -ImportArn arn:aws:s3:::my-import-bucket @session");

        var error = Assert.Single(result.AllErrors);
        Assert.StartsWith("InvalidImportArn,", error.FullyQualifiedErrorId);
        Assert.Equal("arn:aws:s3:::my-import-bucket", error.TargetObject);
        Assert.Contains("'arn:aws:s3:::my-import-bucket' is not the ARN of an MGN import", error.Exception.Message);
        Assert.Equal(before, Emulator.State.Requests.Count);
    }
}
