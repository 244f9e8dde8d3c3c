using ImportExport.IE;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets;

/// <summary>What broke when the module was used in a long, real session (issue 13, items 9 to 12 and rough edges).</summary>
public sealed class UserSessionTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Save_IESignatureFile_with_a_missing_folder_stops_the_pipeline_before_a_job_is_created()
    {
        var before = RequestCount("CreateJob");
        var missing = Path.Combine(Path.GetTempPath(), "no-such-device-" + Guid.NewGuid().ToString("N"));

        var result = PS.Run("New-IEJob -JobType Import -Manifest $manifest @aws -Confirm:$false | Save-IESignatureFile -Path $args[0]", missing);

        Assert.Contains(result.AllErrors, e => e.FullyQualifiedErrorId.StartsWith("SignatureDirectoryNotFound,", StringComparison.Ordinal));
        Assert.Equal(before, RequestCount("CreateJob"));
    }

    [Fact]
    public void Save_IESignatureFile_failing_after_the_job_exists_names_the_job()
    {
        var folder = Directory.CreateTempSubdirectory("ie-sig-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "SIGNATURE"), "jobId: OTHER1\nsomething else\n");

            var result = PS.Run("New-IEJob -JobType Import -Manifest $manifest @aws -Confirm:$false -OutVariable job | Save-IESignatureFile -Path $args[0]", folder);

            var job = Assert.Single(PS.Run("$job").OutputOf<CreatedJob>());
            var error = Assert.Single(result.Errors);
            Assert.Contains($"job {job.JobId}", error.Exception.Message);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Save_IESignatureFile_WhatIf_over_a_different_file_says_What_if()
    {
        var folder = Directory.CreateTempSubdirectory("ie-sig-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "SIGNATURE"), "jobId: OTHER1\n");

            var result = PS.Run("Save-IESignatureFile -Path $args[0] -JobId K4T9Q -SignatureFileContents \"jobId: K4T9Q`nsig`n\" -WhatIf", folder);

            Assert.Empty(result.Errors);
            Assert.Contains("What if:", result.HostText);
            Assert.Equal("jobId: OTHER1\n", File.ReadAllText(Path.Combine(folder, "SIGNATURE")));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Lines_piped_one_by_one_make_one_manifest()
    {
        var before = RequestCount("CreateJob");

        // What Get-Content without -Raw sends: one string per line, blank lines included.
        var result = PS.Run("($manifest -split \"`r?`n\") + '' | New-IEJob -JobType Import @aws -Confirm:$false");

        Assert.Empty(result.Errors);
        Assert.Single(result.OutputOf<CreatedJob>());
        Assert.Equal(before + 1, RequestCount("CreateJob"));
    }

    [Fact]
    public void Whole_manifests_piped_still_make_one_job_each()
    {
        var result = PS.Run("$manifest, $manifest | New-IEJob -JobType Import @aws -Confirm:$false");

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.OutputOf<CreatedJob>().Count);
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_of_Manifest_text_is_tolerated()
    {
        var result = PS.Run("New-IEJob -JobType Import -Manifest ([string][char]0xFEFF + $manifest) -ValidateOnly @aws");

        Assert.Empty(result.Errors);
        Assert.Single(result.OutputOf<CreatedJob>());
    }

    [Fact]
    public void An_empty_Manifest_is_one_clear_error()
    {
        var result = PS.Run("New-IEJob -JobType Import -Manifest '' @aws -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("EmptyManifest,", error.FullyQualifiedErrorId);
    }

    [Theory]
    [InlineData("Get-IEJob -IncludeTotalCount @aws")]
    [InlineData("Get-IEJob -IncludeStatus -IncludeTotalCount @aws")]
    [InlineData("Get-MGNImport -IncludeTotalCount @aws")]
    public void IncludeTotalCount_comes_first(string command)
    {
        NewJob();
        PS.Run("Start-MGNImport -S3Bucket my-import-bucket -S3Key count/servers.csv @aws -Confirm:$false");

        var result = PS.Run(command);

        Assert.Empty(result.Errors);
        Assert.True(result.Output.Count >= 2, $"{result.Output.Count} object(s)");
        Assert.IsType<ulong>(result.Output[0].BaseObject);
        Assert.DoesNotContain(result.Output.Skip(1), o => o.BaseObject is ulong);
    }

    [Fact]
    public void An_import_shows_as_its_id()
    {
        var result = PS.Run("\"$(Start-MGNImport -S3Bucket my-import-bucket -S3Key tostring/servers.csv @aws -Confirm:$false)\"");

        Assert.Matches("^import-[0-9a-zA-Z]{17}$", result.Output.Single().ToString());
    }
}
