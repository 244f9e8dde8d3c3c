using System.Management.Automation;
using ImportExport.IE;
using ImportExport.Runtime;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.GetIEShippingLabel;

/// <summary>Get-IEShippingLabel -OutFile / -OutDirectory against the emulator, which serves a real PDF label.</summary>
public sealed class ShippingLabelDownloadTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public void OutFile_saves_the_label_pdf_and_emits_the_file()
    {
        PS.SetVariable("job", CreateJob());

        var (output, errors, progress) = RunWithProgress("$job | Get-IEShippingLabel @address @aws -OutFile \"$dir/label.pdf\"");

        Assert.Empty(errors);
        var file = Assert.IsType<FileInfo>(Assert.Single(output).BaseObject);
        Assert.Equal(Path.Combine(Scratch, "label.pdf"), file.FullName);
        var bytes = File.ReadAllBytes(file.FullName);
        Assert.Equal("%PDF-"u8.ToArray(), bytes.Take(5).ToArray());
        Assert.Equal(bytes.Length, file.Length);
        Assert.Equal(["label.pdf"], Directory.GetFiles(Scratch).Select(Path.GetFileName));

        // A progress bar for the download, closed at the end.
        Assert.Contains(progress, p => p.Activity.Contains("shipping label", StringComparison.Ordinal) && p.RecordType == ProgressRecordType.Processing);
        Assert.Equal(ProgressRecordType.Completed, progress.Last().RecordType);
    }

    [Fact]
    public void OutDirectory_names_the_file_after_the_jobs_and_PassThru_adds_the_label()
    {
        var first = CreateJob();
        var second = CreateJob();
        PS.SetVariable("jobs", new[] { first.JobId, second.JobId });

        var result = RunClean("$jobs | Get-IEShippingLabel @address @aws -OutDirectory $dir -PassThru");

        Assert.Equal(2, result.Output.Count);
        var file = Assert.IsType<FileInfo>(result.Output[0].BaseObject);
        Assert.Equal($"ShippingLabel-{first.JobId}-{second.JobId}.pdf", file.Name);
        Assert.True(file.Exists);
        var label = Assert.IsType<ShippingLabel>(result.Output[1].BaseObject);
        Assert.Equal([first.JobId, second.JobId], label.JobId);
    }

    [Fact]
    public void OutFile_replaces_an_older_label()
    {
        PS.SetVariable("job", CreateJob());
        var path = Path.Combine(Scratch, "label.pdf");
        File.WriteAllText(path, "old");

        RunClean("$job | Get-IEShippingLabel @address @aws -OutFile \"$dir/label.pdf\"");

        Assert.StartsWith("%PDF-", File.ReadAllText(path));
    }

    [Fact]
    public void Without_OutFile_only_the_label_object_is_emitted()
    {
        PS.SetVariable("job", CreateJob());

        var result = RunClean("$job | Get-IEShippingLabel @address @aws");

        Assert.Single(result.OutputOf<ShippingLabel>());
        Assert.Empty(Directory.GetFiles(Scratch));
    }

    [Fact]
    public void OutFile_in_a_folder_that_does_not_exist_is_an_error()
    {
        PS.SetVariable("job", CreateJob());

        var result = PS.Run("$job | Get-IEShippingLabel @address @aws -OutFile \"$dir/missing/label.pdf\"");

        var error = Assert.Single(result.Errors);
        Assert.Equal("LabelFolderNotFound,ImportExport.Cmdlets.GetIEShippingLabelCommand", error.FullyQualifiedErrorId);
        Assert.Empty(result.Output);
    }
}
