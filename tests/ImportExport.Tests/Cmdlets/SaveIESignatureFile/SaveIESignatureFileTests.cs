using System.Management.Automation;
using System.Text;
using ImportExport.IE;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.SaveIESignatureFile;

/// <summary>Save-IESignatureFile puts the job's SIGNATURE on the device exactly as the service returned it.</summary>
public sealed class SaveIESignatureFileTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    private string SignaturePath => Path.Combine(Scratch, "SIGNATURE");

    [Fact]
    public void New_IEJob_piped_to_Save_IESignatureFile_writes_SIGNATURE_byte_for_byte()
    {
        var result = RunClean("New-IEManifest -JobType Import -DeviceId 49382 -Bucket my-import-bucket @address @keys | New-IEJob -JobType Import @aws -Confirm:$false -OutVariable created | Save-IESignatureFile -Path $dir");

        var file = Assert.Single(result.OutputOf<FileInfo>());
        Assert.Equal(SignaturePath, file.FullName);
        var created = ((System.Collections.IEnumerable)PS.GetVariable("created")!).Cast<object>()
            .Select(o => o is PSObject wrapped ? wrapped.BaseObject : o).OfType<CreatedJob>().Single();
        var written = File.ReadAllBytes(SignaturePath);
        Assert.Equal(Encoding.UTF8.GetBytes(created.SignatureFileContents!), written);
        Assert.False(written.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }), "no UTF-8 BOM");
        Assert.Contains((byte)'\n', written);
        Assert.DoesNotContain((byte)'\r', written);
        Assert.Equal(written.Length, file.Length);
    }

    [Fact]
    public void Binds_JobId_and_SignatureFileContents_from_Get_IEJobStatus_output()
    {
        var job = CreateJob();
        PS.SetVariable("jobId", job.JobId);

        var result = RunClean("Get-IEJobStatus -JobId $jobId @aws | Save-IESignatureFile -Path $dir");

        Assert.Single(result.OutputOf<FileInfo>());
        Assert.Equal(job.SignatureFileContents, File.ReadAllText(SignaturePath, new UTF8Encoding(false)));
    }

    [Fact]
    public void Takes_JobId_and_SignatureFileContents_as_parameters()
    {
        var job = CreateJob();
        PS.SetVariable("job", job);

        var result = RunClean("Save-IESignatureFile -Path $dir -JobId $job.JobId -SignatureFileContents $job.SignatureFileContents");

        Assert.Equal(SignaturePath, Assert.Single(result.OutputOf<FileInfo>()).FullName);
        Assert.Equal(Encoding.UTF8.GetBytes(job.SignatureFileContents!), File.ReadAllBytes(SignaturePath));
    }

    [Fact]
    public void A_different_existing_SIGNATURE_is_refused_without_Force_and_replaced_with_it()
    {
        var job = CreateJob();
        PS.SetVariable("job", job);
        File.WriteAllText(SignaturePath, "version:2.0\nsigningMethod:HmacSHA1\njobId:OTHER\nsignature:abc=\n");

        var refused = PS.Run("$job | Save-IESignatureFile -Path $dir");

        var error = Assert.Single(refused.Errors);
        Assert.Equal("SignatureFileExists,ImportExport.Cmdlets.SaveIESignatureFileCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
        Assert.Contains("job OTHER", error.Exception.Message);
        Assert.Contains("-Force", error.Exception.Message);
        Assert.Empty(refused.Output);
        Assert.Contains("jobId:OTHER", File.ReadAllText(SignaturePath));

        var replaced = RunClean("$job | Save-IESignatureFile -Path $dir -Force");

        Assert.Single(replaced.OutputOf<FileInfo>());
        Assert.Equal(job.SignatureFileContents, File.ReadAllText(SignaturePath));
    }

    [Fact]
    public void An_identical_existing_SIGNATURE_is_fine()
    {
        var job = CreateJob();
        PS.SetVariable("job", job);
        File.WriteAllBytes(SignaturePath, Encoding.UTF8.GetBytes(job.SignatureFileContents!));
        var before = File.GetLastWriteTimeUtc(SignaturePath);

        var result = RunClean("$job | Save-IESignatureFile -Path $dir");

        Assert.Equal(SignaturePath, Assert.Single(result.OutputOf<FileInfo>()).FullName);
        Assert.Equal(before, File.GetLastWriteTimeUtc(SignaturePath));
    }

    [Fact]
    public void WhatIf_writes_nothing()
    {
        PS.SetVariable("job", CreateJob());

        var result = RunClean("$job | Save-IESignatureFile -Path $dir -WhatIf");

        Assert.Empty(result.Output);
        Assert.False(File.Exists(SignaturePath));
        Assert.Empty(Directory.GetFiles(Scratch));
    }

    [Fact]
    public void A_ValidateOnly_result_has_no_signature_to_save()
    {
        var result = PS.Run("New-IEManifest -JobType Import -DeviceId 49382 -Bucket my-import-bucket @address @keys | New-IEJob -JobType Import -ValidateOnly @aws | Save-IESignatureFile -Path $dir");

        var error = Assert.Single(result.Errors);
        Assert.Equal("NoSignatureFileContents,ImportExport.Cmdlets.SaveIESignatureFileCommand", error.FullyQualifiedErrorId);
        Assert.False(File.Exists(SignaturePath));
    }

    [Fact]
    public void Contents_of_another_job_are_refused()
    {
        var job = CreateJob();
        PS.SetVariable("job", job);

        var result = PS.Run("Save-IESignatureFile -Path $dir -JobId ZZZZZ -SignatureFileContents $job.SignatureFileContents");

        var error = Assert.Single(result.Errors);
        Assert.Equal("SignatureJobMismatch,ImportExport.Cmdlets.SaveIESignatureFileCommand", error.FullyQualifiedErrorId);
        Assert.Contains(job.JobId!, error.Exception.Message);
        Assert.False(File.Exists(SignaturePath));
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_an_error_and_is_not_created()
    {
        PS.SetVariable("job", CreateJob());
        var missing = Path.Combine(Scratch, "no-such-device");
        PS.SetVariable("missing", missing);

        var result = PS.Run("$job | Save-IESignatureFile -Path $missing");

        var error = Assert.Single(result.Errors);
        Assert.Equal("SignatureDirectoryNotFound,ImportExport.Cmdlets.SaveIESignatureFileCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.False(Directory.Exists(missing));
    }
}
