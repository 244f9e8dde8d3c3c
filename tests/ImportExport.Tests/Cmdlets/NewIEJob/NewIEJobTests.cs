using ImportExport.IE;
using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.NewIEJob;

public sealed class NewIEJobTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Creates_a_job_from_manifest_text_and_emits_the_created_job()
    {
        var result = PS.Run("New-IEJob -JobType Import -Manifest $manifest @aws -Confirm:$false");

        var job = Assert.Single(result.OutputOf<CreatedJob>());
        Assert.Matches("^[A-Z0-9]{5}$", job.JobId);
        Assert.Equal("Import", job.JobType);
        Assert.False(string.IsNullOrEmpty(job.Signature));
        Assert.Contains(job.JobId!, job.SignatureFileContents);
        Assert.NotNull(Emulator.State.GetJob(job.JobId!));
    }

    [Fact]
    public void Creates_a_job_from_a_manifest_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}.yml");
        File.WriteAllText(path, Manifests.Export());
        try
        {
            PS.SetVariable("path", path);
            var result = PS.Run("New-IEJob -JobType Export -ManifestPath $path @aws -Confirm:$false");

            var job = Assert.Single(result.OutputOf<CreatedJob>());
            Assert.Equal("Export", job.JobType);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WhatIf_sends_no_request_and_says_what_would_happen()
    {
        var before = RequestCount("CreateJob");

        var result = PS.Run("New-IEJob -JobType Import -Manifest $manifest @aws -WhatIf");

        Assert.Empty(result.Output);
        Assert.Equal(before, RequestCount("CreateJob"));
        Assert.Contains("What if: Performing the operation \"Create Import job\" on target \"manifest text (deviceId: 49382)\"", result.HostText);
    }

    [Fact]
    public void Confirm_answered_No_sends_no_request()
    {
        var before = RequestCount("CreateJob");
        PS.UI.Answer(ConfirmAnswer.No);

        var result = PS.Run("New-IEJob -JobType Import -Manifest $manifest @aws -Confirm");

        Assert.Single(result.Prompts);
        Assert.Empty(result.Output);
        Assert.Equal(before, RequestCount("CreateJob"));
    }

    [Fact]
    public void ValidateOnly_checks_with_the_service_without_creating_or_asking()
    {
        var jobs = Emulator.State.JobCount;

        var result = PS.Run("New-IEJob -JobType Import -Manifest $manifest -ValidateOnly @aws -Confirm");

        Assert.Empty(result.Prompts);
        Assert.True(Assert.Single(result.OutputOf<CreatedJob>()).ValidateOnly);
        Assert.Equal(jobs, Emulator.State.JobCount);
        Assert.Equal("true", Emulator.State.Requests.Last(r => r.Operation == "CreateJob").Parameters["ValidateOnly"]?.ToString());
    }

    [Fact]
    public void A_missing_manifest_file_is_an_error_before_any_request()
    {
        var before = Emulator.State.Requests.Count;

        var result = PS.Run("New-IEJob -JobType Import -ManifestPath ./no-such-manifest.yml @aws -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.Equal("ManifestFileNotFound,ImportExport.Cmdlets.NewIEJobCommand", error.FullyQualifiedErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Contains("-ManifestPath", error.Exception.Message);
        Assert.Equal(before, Emulator.State.Requests.Count);
    }

    [Fact]
    public void A_manifest_that_is_not_YAML_is_an_error_before_any_request()
    {
        var before = Emulator.State.Requests.Count;
        PS.SetVariable("bad", Manifests.NotYaml);

        var result = PS.Run("New-IEJob -JobType Import -Manifest $bad @aws -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.Equal("ManifestNotYaml,ImportExport.Cmdlets.NewIEJobCommand", error.FullyQualifiedErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Contains("line", error.Exception.Message);
        Assert.Equal(before, Emulator.State.Requests.Count);
    }

    [Fact]
    public void Every_problem_of_a_manifest_is_reported_at_once_with_its_line()
    {
        PS.SetVariable("bad", Manifests.Import().Replace("bucket: my-import-bucket", "bucket: Bad_Bucket").Replace("  city: Anytown\n", string.Empty));

        var result = PS.Run("New-IEJob -JobType Import -Manifest $bad @aws -Confirm:$false");

        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("InvalidManifestFieldException,", StringComparison.Ordinal) && e.Exception.Message.Contains("line 5"));
        Assert.Contains(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("MissingManifestFieldException,", StringComparison.Ordinal) && e.Exception.Message.Contains("returnAddress.city"));
    }

    [Fact]
    public void A_misspelled_optional_field_is_refused_locally_with_the_field_meant()
    {
        PS.SetVariable("typo", Manifests.Import() + "\nnotificationEmails: ops@example.com\n");
        var before = Emulator.State.Requests.Count;

        var result = PS.Run("New-IEJob -JobType Import -Manifest $typo @aws -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("InvalidManifestFieldException,", error.FullyQualifiedErrorId);
        Assert.Contains("did you mean 'notificationEmail'?", error.Exception.Message);
        Assert.Equal(before, Emulator.State.Requests.Count);
    }

    [Fact]
    public void SkipManifestValidation_sends_the_manifest_and_the_service_error_comes_back_with_its_code()
    {
        PS.SetVariable("bad", Manifests.MissingBucket());

        var result = PS.Run("New-IEJob -JobType Import -Manifest $bad -SkipManifestValidation @aws -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.Equal("MissingManifestFieldException,ImportExport.Cmdlets.NewIEJobCommand", error.FullyQualifiedErrorId);
        Assert.Contains("request id", error.ErrorDetails.Message);
    }

    [Fact]
    public void A_manifest_signed_for_another_access_key_is_refused_by_the_service()
    {
        PS.SetVariable("other", Manifests.Import(accessKey: "AKIAOTHERKEY00000000"));

        var result = PS.Run("New-IEJob -JobType Import -Manifest $other @aws -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.Equal("InvalidAccessKeyIdException,ImportExport.Cmdlets.NewIEJobCommand", error.FullyQualifiedErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
    }

    [Fact]
    public void Manifest_text_binds_from_the_pipeline()
    {
        var result = PS.Run("$manifest | New-IEJob -JobType Import @aws -Confirm:$false");

        Assert.Single(result.OutputOf<CreatedJob>());
    }
}
