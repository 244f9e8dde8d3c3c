using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.StartMGNExport;

public sealed class StartMGNExportTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Starts_an_export_and_emits_a_flat_typed_task()
    {
        var result = PS.Run("Start-MGNExport -S3Bucket my-export-bucket -S3Key exports/inventory.csv -Tag @{ Project = 'Lift' } @aws -Confirm:$false").AssertClean();

        var task = Assert.Single(result.OutputOf<ExportTask>());
        Assert.Matches("^export-[0-9a-zA-Z]{17}$", task.ExportId);
        Assert.Equal("PENDING", task.Status);
        Assert.Equal(("my-export-bucket", "exports/inventory.csv"), (task.S3Bucket, task.S3Key));
        Assert.Equal("Project=Lift", task.Tags.ToString());
        Assert.Equal("eu-west-1", task.Region);
        Assert.Null(task.ServersCount);
    }

    [Fact]
    public void The_request_carries_the_bucket_key_owner_and_tags_as_StartExport_takes_them()
    {
        PS.Run("Start-MGNExport my-export-bucket exports/owned.csv -S3BucketOwner 111122223333 -Tags @{ Team = 'Ops' } @aws -Confirm:$false").AssertClean();

        var request = Emulator.State.Requests.Last(r => r.Operation == "StartExport");
        Assert.Equal("my-export-bucket", request.Parameters["s3Bucket"]);
        Assert.Equal("exports/owned.csv", request.Parameters["s3Key"]);
        Assert.Equal("111122223333", request.Parameters["s3BucketOwner"]);
        Assert.Equal("Ops", Assert.IsType<Dictionary<string, object?>>(request.Parameters["tags"])["Team"]);
    }

    [Fact]
    public void WhatIf_sends_no_request()
    {
        var before = Emulator.State.Requests.Count(r => r.Operation == "StartExport");

        var result = PS.Run("Start-MGNExport -S3Bucket my-export-bucket -S3Key exports/inventory.csv @aws -WhatIf").AssertClean();

        Assert.Empty(result.Output);
        Assert.Equal(before, Emulator.State.Requests.Count(r => r.Operation == "StartExport"));
    }

    [Fact]
    public void A_key_that_is_not_a_csv_is_refused_before_any_request()
    {
        var before = Emulator.State.Requests.Count(r => r.Operation == "StartExport");

        var result = PS.Run("Start-MGNExport -S3Bucket my-export-bucket -S3Key exports/inventory.txt @aws -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.Equal("InvalidS3Key,ImportExport.Cmdlets.StartMGNExportCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal("exports/inventory.txt", error.TargetObject);
        Assert.Contains("'exports/inventory.txt'", error.Exception.Message);
        Assert.Equal(before, Emulator.State.Requests.Count(r => r.Operation == "StartExport"));
    }

    [Fact]
    public void An_uninitialized_account_is_the_service_error_with_the_target()
    {
        Emulator.State.SetAccountInitialized(EmulatorFixture.AccountId, false);
        try
        {
            var result = PS.Run("Start-MGNExport -S3Bucket my-export-bucket -S3Key exports/x.csv @aws -Confirm:$false");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("UninitializedAccountException,", error.FullyQualifiedErrorId);
            Assert.Equal("s3://my-export-bucket/exports/x.csv", error.TargetObject);
        }
        finally
        {
            Emulator.State.SetAccountInitialized(EmulatorFixture.AccountId, true);
        }
    }
}
