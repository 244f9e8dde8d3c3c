using ImportExport.Tests.Clients;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets;

/// <summary>
/// Issue 13, path errors, for every cmdlet that reads or writes a file (one rule, ProviderPaths): wildcards on the
/// -Path parameters that read, -LiteralPath, a folder given as a file, a missing folder named as the user typed it
/// (never the temporary file of the write), and -OutDirectory names that stay short.
/// </summary>
public sealed class FilePathTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("ie-paths-");

    private const string Address = "-Name 'Jane Doe' -Street1 '1 Main St' -City Anytown -StateOrProvince WA -PostalCode 91011 -Country USA -PhoneNumber 206-555-1111";

    private PSRunResult Run(string script)
    {
        PS.SetVariable("work", _work.FullName);
        return PS.Run(script);
    }

    [Theory]
    [InlineData("New-IEManifest -JobType Import -DeviceId 1 -Bucket my-import-bucket " + Address + " @keys -Path $target", "ManifestFile")]
    [InlineData("[pscustomobject]@{ 'mgn:server:user-provided-id' = 's1'; 'mgn:server:platform' = 'LINUX' } | New-MGNImportFile -Path $target", "ImportFile")]
    [InlineData("$job | Get-IEShippingLabel " + Address + " @aws -OutFile $target", "Label")]
    public void A_missing_folder_names_the_users_path_not_a_temporary_file(string command, string kind)
    {
        Run("$keys = @{ AccessKey = $aws.AccessKey; SecretKey = $aws.SecretKey }; $target = 'missing/x.yaml'; $job = 'ABCDE'; Set-Location $work");
        var before = Emulator.State.Requests.Count;

        var result = Run(command);

        var error = Assert.Single(result.AllErrors);
        Assert.StartsWith(kind + "FolderNotFound,", error.FullyQualifiedErrorId);
        Assert.Equal("missing/x.yaml", error.TargetObject);
        Assert.Contains("'missing/x.yaml'", error.Exception.Message);
        Assert.DoesNotContain(".tmp", error.Exception.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_work.FullName));
        Assert.Equal(before, Emulator.State.Requests.Count);
    }

    [Theory]
    [InlineData("New-IEManifest -JobType Import -DeviceId 1 -Bucket my-import-bucket " + Address + " -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey s -Path $work", "ManifestFileIsFolder")]
    [InlineData("Test-IEManifest -Path $work", "ManifestFileIsFolder")]
    [InlineData("Test-IEManifest -LiteralPath $work", "ManifestFileIsFolder")]
    [InlineData("New-IEJob -JobType Import -ManifestPath $work @aws -Confirm:$false", "ManifestFileIsFolder")]
    [InlineData("Test-MGNImportFile -Path $work", "ImportFileIsFolder")]
    [InlineData("$job | Get-IEShippingLabel " + Address + " @aws -OutFile $work", "LabelIsFolder")]
    public void A_folder_given_as_a_file_says_it_is_a_folder(string command, string errorId)
    {
        PS.SetVariable("job", "ABCDE");

        var error = Assert.Single(Run(command).AllErrors);

        Assert.StartsWith(errorId + ",", error.FullyQualifiedErrorId);
        Assert.Contains("is a folder", error.Exception.Message);
        Assert.DoesNotContain("does not exist", error.Exception.Message);
    }

    [Fact]
    public void Test_IEManifest_takes_wildcards_literal_paths_and_Get_ChildItem_output()
    {
        File.WriteAllText(Path.Combine(_work.FullName, "a.yaml"), Manifests.Import());
        File.WriteAllText(Path.Combine(_work.FullName, "b.yaml"), Manifests.Import().Replace("deviceId:", "deviceIdd:"));
        File.WriteAllText(Path.Combine(_work.FullName, "[c].yaml"), Manifests.Import());

        var wildcard = Run("Test-IEManifest -Path \"$work/*.yaml\" -Quiet");
        var piped = Run("[System.IO.DirectoryInfo]::new($work).GetFiles('*.yaml') | Test-IEManifest -Quiet");
        var literal = Run("Test-IEManifest -LiteralPath \"$work/[c].yaml\" -Quiet");
        var none = Run("Test-IEManifest -Path \"$work/*.nothing\"");

        Assert.Empty(wildcard.AllErrors);
        Assert.Equal(3, wildcard.Output.Count);
        Assert.Empty(piped.AllErrors);
        Assert.Equal(new object[] { false, true, true }, piped.Output.Select(o => o.BaseObject).OrderBy(o => o));
        Assert.Equal(true, literal.Output.Single().BaseObject);
        Assert.StartsWith("ManifestFileNotFound,", Assert.Single(none.AllErrors).FullyQualifiedErrorId);
    }

    [Fact]
    public void New_IEJob_ManifestPath_takes_a_wildcard_for_one_file_and_refuses_several()
    {
        File.WriteAllText(Path.Combine(_work.FullName, "one.yaml"), Manifests.Import());
        var created = Run("New-IEJob -JobType Import -ManifestPath \"$work/on*.yaml\" @aws -Confirm:$false");
        Assert.Empty(created.AllErrors);
        Assert.Single(created.Output);

        File.WriteAllText(Path.Combine(_work.FullName, "two.yaml"), Manifests.Import());
        var before = Emulator.State.Requests.Count;
        var ambiguous = Run("New-IEJob -JobType Import -ManifestPath \"$work/*.yaml\" @aws -Confirm:$false");

        var error = Assert.Single(ambiguous.AllErrors);
        Assert.StartsWith("ManifestFileAmbiguous,", error.FullyQualifiedErrorId);
        Assert.Contains("matches 2 files", error.Exception.Message);
        Assert.Equal(before, Emulator.State.Requests.Count);
    }

    [Fact]
    public void OutDirectory_with_sixty_jobs_writes_a_short_unique_name_and_the_label()
    {
        var ids = Enumerable.Range(0, 60).Select(_ => NewJob()).ToArray();
        PS.SetVariable("ids", ids);

        var result = Run("$ids | Get-IEShippingLabel " + Address + " @aws -OutDirectory $work -PassThru");

        Assert.Empty(result.AllErrors);
        var file = Assert.Single(result.OutputOf<FileInfo>());
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(file.Name) <= 255, file.Name);
        Assert.StartsWith($"ShippingLabel-{ids[0]}-and-59-more-", file.Name);
        Assert.Equal(ids.OrderBy(i => i), result.OutputOf<ImportExport.IE.ShippingLabel>().Single().JobId.ToString().Split(", ").OrderBy(i => i));

        // Another set of sixty with the same first id gets another file.
        var other = ImportExport.Cmdlets.GetIEShippingLabelCommand.LabelFileName(ids.Take(59).Append("ZZZZZ").ToArray());
        Assert.NotEqual(file.Name, other);
    }

    public new void Dispose()
    {
        _work.Delete(recursive: true);
        base.Dispose();
    }
}
