using System.Management.Automation;
using ImportExport.AwsTools;
using ImportExport.IE;
using ImportExport.Mgn;

namespace ImportExport.Tests.Cmdlets.AwsTools;

/// <summary>
/// Lines written for AWS Tools for PowerShell, run on this module's same-named cmdlets: they bind, send what they say,
/// and write what AWS Tools users read (its -Select, its property paths), while a user of ours sees what they always saw.
/// </summary>
public sealed class AwsToolsRunbookLineTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    private RecordedRequestView Last(string operation) => new(Emulator.State.Requests.Last(r => r.Operation == operation).Parameters);

    private sealed record RecordedRequestView(IReadOnlyDictionary<string, object?> Parameters)
    {
        public string? this[string name] => Parameters.TryGetValue(name, out var v) ? v?.ToString() : null;
    }

    [Fact]
    public void ValidateOnly_with_AWS_Tools_boolean_value_creates_or_only_validates_as_the_value_says()
    {
        var created = RunClean("New-IEJob -JobType Import -Manifest $manifest -ValidateOnly $false @aws").OutputOf<CreatedJob>().Single();
        Assert.Equal("false", Last("CreateJob")["ValidateOnly"]);
        var validated = RunClean("New-IEJob -JobType Import -Manifest $manifest -ValidateOnly $true @aws").OutputOf<CreatedJob>().Single();
        Assert.Equal("true", Last("CreateJob")["ValidateOnly"]);
        PS.SetVariable("id", created.JobId);
        RunClean("Update-IEJob -JobId $id -Manifest $manifest -JobType Import -ValidateOnly $false @aws");
        Assert.Equal("false", Last("UpdateJob")["ValidateOnly"]);
        RunClean("Update-IEJob $id -Manifest $manifest Import $true @aws");
        Assert.Equal("true", Last("UpdateJob")["ValidateOnly"]);
        RunClean("New-IEJob -JobType Import -Manifest $manifest -ValidateOnly @aws");

        Assert.False(string.IsNullOrEmpty(created.JobId));
        Assert.True(validated.ValidateOnly);
        Assert.Equal("true", Last("CreateJob")["ValidateOnly"]);
    }

    [Fact]
    public void Select_star_a_path_and_a_parameter_write_what_AWS_Tools_writes()
    {
        var id = NewJob();
        PS.SetVariable("id", id);

        var jobId = RunClean("New-IEJob -JobType Import -Manifest $manifest -Select JobId @aws").Output.Single().BaseObject;
        var urls = RunClean("New-IEJob -JobType Import -Manifest $manifest -Select ArtifactList.URL @aws").Output.Select(o => o.BaseObject).ToList();
        var jobType = RunClean("New-IEJob -JobType Export -Manifest $exportManifest -ValidateOnly $true -Select ^JobType @aws").Output.Single().BaseObject;
        var success = RunClean("Update-IEJob -JobId $id -Manifest $manifest -JobType Import -ValidateOnly $true -Select Success @aws").Output.Single().BaseObject;
        var label = RunClean("Get-IEShippingLabel -JobIds $id -Select ShippingLabelURL @aws").Output.Single().BaseObject;
        var page = RunClean("Get-IEJob -MaxJob 1 -Select * @aws").OutputOf<ListJobsResponse>().Single();
        var ids = RunClean("Get-IEJob -Select Jobs.JobId @aws").Output.Select(o => (string)o.BaseObject).ToList();
        var canceled = RunClean("Stop-IEJob -JobId $id -Force -Select Success @aws").Output.Single().BaseObject;

        Assert.IsType<string>(jobId);
        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.StartsWith("http", (string)u));
        Assert.Equal(JobType.Export, jobType);
        Assert.Equal(true, success);
        Assert.StartsWith("http", (string)label);
        Assert.Single(page.Jobs);
        Assert.True(page.IsTruncated);
        Assert.Contains(id, ids);
        Assert.Equal(true, canceled);
    }

    [Fact]
    public void Start_MGNImport_with_AWS_Tools_names_sends_the_source_and_tags_and_selects_like_AWS_Tools()
    {
        var task = RunClean("Start-MGNImport -S3BucketSource_S3Bucket my-import-bucket -S3BucketSource_S3Key waves/w1.csv -Tags @{ Project = 'Lift' } @aws -Confirm:$false").OutputOf<ImportTask>().Single();
        var sent = Last("StartImport");
        var key = RunClean("Start-MGNImport my-import-bucket -S3BucketSource_S3Key waves/w1.csv -Select ImportTask.S3BucketSource.S3Key @aws").Output.Single().BaseObject;
        var whole = RunClean("Start-MGNImport -S3BucketSource_S3Bucket my-import-bucket -S3BucketSource_S3Key w.csv -Select * @aws").OutputOf<StartImportResponse>().Single();
        var bucket = RunClean("Start-MGNImport -S3BucketSource_S3Bucket my-import-bucket -S3BucketSource_S3Key w.csv -PassThru @aws").Output.Single().BaseObject;

        var source = Assert.IsType<Dictionary<string, object?>>(sent.Parameters["s3BucketSource"]);
        Assert.Equal("my-import-bucket", source["s3Bucket"]);
        Assert.Equal("waves/w1.csv", source["s3Key"]);
        Assert.Equal("Lift", Assert.IsType<Dictionary<string, object?>>(sent.Parameters["tags"])["Project"]);
        Assert.Equal("waves/w1.csv", key);
        Assert.StartsWith("import-", whole.ImportTask!.ImportId);
        Assert.Equal("my-import-bucket", bucket);
        Assert.Equal("Lift", task.Tags["Project"]);
    }

    [Fact]
    public void A_Select_that_names_no_property_is_refused_before_anything_is_sent()
    {
        var before = Emulator.State.Requests.Count;

        var path = PS.Run("New-IEJob -JobType Import -Manifest $manifest -Select Nope @aws");
        var caret = PS.Run("Get-IEJob -Select ^Region @aws");
        var both = PS.Run("Get-IEJob -Select * -PassThru @aws");

        var pathError = path.AllErrors.Single();
        Assert.Equal("InvalidSelect", pathError.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("CreatedJob has no property 'Nope'", pathError.Exception.Message);
        Assert.Equal(ErrorCategory.InvalidArgument, pathError.CategoryInfo.Category);
        Assert.Equal("InvalidSelect", caret.AllErrors.Single().FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("InvalidSelect", both.AllErrors.Single().FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(before, Emulator.State.Requests.Count);
    }

    [Fact]
    public void Force_skips_the_prompt_ConfirmPreference_would_ask_but_never_WhatIf()
    {
        var before = RequestCount("CreateJob");

        var forced = RunClean("$ConfirmPreference = 'Low'; New-IEJob -JobType Import -Manifest $manifest -Force @aws; $ConfirmPreference = 'High'").OutputOf<CreatedJob>();
        var whatIf = RunClean("New-IEJob -JobType Import -Manifest $manifest -Force -WhatIf @aws").Output;

        Assert.Single(forced);
        Assert.Empty(whatIf);
        Assert.Equal(1, RequestCount("CreateJob") - before);
    }

    [Fact]
    public void ClientConfig_gives_the_endpoint_and_the_region_when_the_parameters_do_not()
    {
        var task = RunClean("""
            $config = [pscustomobject]@{ ServiceURL = $endpoint; RegionEndpoint = [pscustomobject]@{ SystemName = 'us-west-2' } }
            Start-MGNImport -S3Bucket my-import-bucket -S3Key c.csv -ClientConfig $config -AccessKey $accessKey -SecretKey $secretKey
            """).OutputOf<ImportTask>().Single();
        var regionWins = RunClean("Start-MGNImport -S3Bucket my-import-bucket -S3Key c.csv -ClientConfig @{ RegionEndpoint = 'us-west-2' } @aws").OutputOf<ImportTask>().Single();

        Assert.Equal("us-west-2", task.Region);
        Assert.Equal("eu-west-1", regionWins.Region);
    }

    [Fact]
    public void NetworkCredential_for_a_SAML_profile_is_refused_before_anything_is_sent()
    {
        var before = Emulator.State.Requests.Count;

        var result = PS.Run("$pw = [securestring]::new(); 'pw'.ToCharArray() | ForEach-Object { $pw.AppendChar($_) }; Get-IEJob -NetworkCredential ([pscredential]::new('corp\\jane', $pw)) @aws");

        var error = result.AllErrors.Single();
        Assert.Equal("NetworkCredentialNotSupported", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("SAML", error.Exception.Message);
        Assert.DoesNotContain("pw", error.Exception.Message);
        Assert.Equal(before, Emulator.State.Requests.Count);
    }

    [Fact]
    public void AWS_Tools_shaped_objects_bind_by_property_name()
    {
        var id = NewJob();
        PS.SetVariable("id", id);
        var import = RunClean("Start-MGNImport -S3Bucket my-import-bucket -S3Key p.csv @aws").OutputOf<ImportTask>().Single();
        PS.SetVariable("importId", import.ImportId);

        var canceled = RunClean("""
            [pscustomobject]@{ PSTypeName = 'Amazon.ImportExport.Model.Job'; JobId = $id; JobType = 'Import'; IsCanceled = $false; CreationDate = [datetime]::Now } |
                Stop-IEJob -Force -Select Success @aws
            """).Output.Single().BaseObject;
        var errors = RunClean("""
            [pscustomobject]@{ PSTypeName = 'Amazon.Mgn.Model.ImportTask'; ImportID = $importId; Arn = $null } | Get-MGNImportError @aws
            """);

        Assert.Equal(true, canceled);
        Assert.Empty(errors.AllErrors);
    }

    [Fact]
    public void AWS_Tools_property_paths_answer_on_ours_and_stay_out_of_CLIXML()
    {
        var result = RunClean("""
            $t = Start-MGNImport -S3Bucket my-import-bucket -S3Key paths.csv -S3BucketOwner 111122223333 @aws
            $e = [ImportExport.Mgn.ImportError]@{ ImportId = 'import-1'; RowNumber = 7; RawError = 'bad platform'; SourceServerId = 's-1' }
            $t.ImportID; $t.S3BucketSource.S3Bucket; $t.S3BucketSource.S3Key; $t.S3BucketSource.S3BucketOwner; $t.Summary.Servers.CreatedCount
            $e.ErrorData.RawError; $e.ErrorData.RowNumber; $e.ErrorData.SourceServerID
            ([System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($t)).psobject.Properties.Name) -join ','
            ([System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($e)).psobject.Properties.Name) -join ','
            """).Output.Select(o => o.BaseObject).ToList();

        var taskProperties = typeof(ImportTask).GetProperties().Select(p => p.Name).ToList();
        var errorProperties = typeof(ImportError).GetProperties().Select(p => p.Name).ToList();
        Assert.StartsWith("import-", (string)result[0]);
        Assert.Equal(["my-import-bucket", "paths.csv", "111122223333"], result.Skip(1).Take(3));
        Assert.Equal(0L, result[4]);
        Assert.Equal(["bad platform", 7L, "s-1"], result.Skip(5).Take(3));
        Assert.Equal(string.Join(",", taskProperties), result[8]);
        Assert.Equal(string.Join(",", errorProperties), result[9]);
    }
}
