using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.StartMGNImport;

public sealed class StartMGNImportTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Starts_an_import_and_emits_a_flat_typed_task()
    {
        var result = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/servers.csv -Tag @{ Project = 'Lift'; Wave = '1' } @aws -Confirm:$false");

        var task = Assert.Single(result.OutputOf<ImportTask>());
        Assert.Matches("^import-[0-9a-zA-Z]{17}$", task.ImportId);
        Assert.Equal("PENDING", task.Status);
        Assert.IsType<DateTime>(task.CreationDateTime!.Value);
        Assert.Equal("my-import-bucket", task.S3Bucket);
        Assert.Equal("Project=Lift; Wave=1", task.Tags.ToString());
        Assert.StartsWith("arn:aws:mgn:eu-west-1:", task.Arn);
    }

    [Fact]
    public void A_client_token_is_generated_when_absent()
    {
        PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/a.csv @aws -Confirm:$false");

        var request = Emulator.State.Requests.Last(r => r.Operation == "StartImport");
        Assert.Matches("^[0-9a-f-]{36}$", request.Parameters["clientToken"]?.ToString());
    }

    [Fact]
    public void The_same_ClientToken_starts_the_import_once()
    {
        var token = Guid.NewGuid().ToString();
        PS.SetVariable("token", token);

        var result = PS.Run("1..2 | ForEach-Object { Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/b.csv -ClientToken $token @aws -Confirm:$false }");

        var tasks = result.OutputOf<ImportTask>();
        Assert.Equal(2, tasks.Count);
        Assert.Equal(tasks[0].ImportId, tasks[1].ImportId);
    }

    [Fact]
    public void The_same_ClientToken_with_other_input_is_a_conflict()
    {
        PS.SetVariable("token", Guid.NewGuid().ToString());
        PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/c.csv -ClientToken $token @aws -Confirm:$false");

        var result = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/other.csv -ClientToken $token @aws -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.Equal("ConflictException,ImportExport.Cmdlets.StartMGNImportCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
    }

    [Fact]
    public void WhatIf_sends_no_request()
    {
        var before = RequestCount("StartImport");

        var result = PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key imports/d.csv @aws -WhatIf");

        Assert.Equal(before, RequestCount("StartImport"));
        Assert.Contains("What if: Performing the operation \"Start MGN import\" on target \"s3://my-import-bucket/imports/d.csv\"", result.HostText);
    }

    [Theory]
    [InlineData("-S3Bucket 'bad bucket!' -S3Key k.csv", "InvalidS3BucketName", "-S3Bucket")]
    [InlineData("-S3Bucket ('b' * 256) -S3Key k.csv", "InvalidS3BucketName", "-S3Bucket")]
    [InlineData("-S3Bucket my-import-bucket -S3Key k.csv -S3BucketOwner 12345", "InvalidS3BucketOwner", "-S3BucketOwner")]
    [InlineData("-S3Bucket my-import-bucket -S3Key k.csv -Tag @{ 'aws:owner' = 'x' }", "InvalidTag", "-Tag")]
    [InlineData("-S3Bucket my-import-bucket -S3Key k.csv -Tag @{ k = ('v' * 257) }", "InvalidTag", "-Tag")]
    [InlineData("-S3Bucket my-import-bucket -S3Key k.csv -Tag @{ ('k' * 257) = 'v' }", "InvalidTag", "-Tag")]
    [InlineData("-S3Bucket my-import-bucket -S3Key k.csv -ClientToken ('t' * 65)", "InvalidClientToken", "-ClientToken")]
    public void Input_the_service_would_reject_is_refused_locally_naming_the_parameter(string arguments, string errorId, string parameter)
    {
        var before = Emulator.State.Requests.Count;

        var result = PS.Run($"Start-MGNImport {arguments} @aws -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.Equal($"{errorId},ImportExport.Cmdlets.StartMGNImportCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains(parameter, error.Exception.Message);
        Assert.Equal(before, Emulator.State.Requests.Count);
    }

    [Fact]
    public void More_than_fifty_tags_are_refused_locally()
    {
        var result = PS.Run("$t = @{}; 1..51 | ForEach-Object { $t[\"k$_\"] = 'v' }; Start-MGNImport -S3Bucket my-import-bucket -S3Key k.csv -Tag $t @aws -Confirm:$false");

        Assert.Equal("InvalidTag,ImportExport.Cmdlets.StartMGNImportCommand", Assert.Single(result.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void An_older_bucket_name_the_model_takes_is_a_warning_and_a_tag_key_of_256_characters_is_taken()
    {
        var result = PS.Run("Start-MGNImport -S3Bucket My_Legacy.Bucket -S3Key k.csv -Tag @{ ('k' * 256) = 'v' } @aws -WhatIf 3>&1");

        Assert.Empty(result.Errors);
        var warning = Assert.IsType<WarningRecord>(Assert.Single(result.Output).BaseObject);
        Assert.StartsWith("-S3Bucket 'My_Legacy.Bucket' is not a name S3 allows for new buckets", warning.Message);
        Assert.Contains("What if:", result.HostText);
    }
}
