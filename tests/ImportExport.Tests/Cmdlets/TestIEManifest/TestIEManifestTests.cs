using System.Management.Automation;
using System.Text;
using ImportExport.IE;
using ImportExport.Manifest;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.TestIEManifest;

/// <summary>Test-IEManifest as a user runs it: every problem as an object, -Quiet, files, and the same rules as New-IEJob.</summary>
public sealed class TestIEManifestTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Test_IEManifest_reports_every_problem_at_once_as_objects()
    {
        PS.SetVariable("broken", """
            manifestVersion: 3.0
            accessKeyId: AKIAIOSFODNN7EXAMPLE
            deviceId: 49382
            eraseDevice: maybe
            returnAddress:
              name: Jane Doe
              street1: PO Box 12
              city: Anytown
              postalCode: 91011
              phoneNumber: 206-555-1111
              country: USA
            """);

        var result = RunClean("$broken | Test-IEManifest");

        var issues = result.OutputOf<ManifestIssue>();
        Assert.Equal(new[] { "manifestVersion", "eraseDevice", "returnAddress.street1", "bucket", "returnAddress.stateOrProvince" }.Order(), issues.Select(i => i.Field).Order());
        var version = issues.Single(i => i.Field == "manifestVersion");
        Assert.Equal(1, version.Line);
        Assert.Equal(nameof(ManifestProblemKind.InvalidField), version.Kind);
        Assert.Equal("InvalidManifestFieldException", version.ErrorCode);
        Assert.Contains("2.0", version.Rule);
        Assert.Equal(7, issues.Single(i => i.Field == "returnAddress.street1").Line);
        Assert.Equal("MissingManifestFieldException", issues.Single(i => i.Field == "bucket").ErrorCode);
        Assert.All(issues, i => Assert.Null(i.Source));
    }

    [Fact]
    public void Test_IEManifest_is_silent_for_a_valid_manifest_and_Quiet_answers_true_or_false()
    {
        Assert.Empty(RunClean("New-IEManifest -JobType Import -DeviceId 1 -Bucket my-import-bucket @address @keys | Test-IEManifest").Output);

        var answers = RunClean("(New-IEManifest -JobType Import -DeviceId 1 -Bucket my-import-bucket @address @keys), 'deviceId: [' | Test-IEManifest -Quiet");

        Assert.Equal([true, false], answers.OutputOf<bool>());
    }

    [Fact]
    public void Test_IEManifest_reads_files_by_path_and_from_FileInfo_objects_and_guesses_export()
    {
        var good = Path.Combine(Scratch, "export.yaml");
        RunClean($"New-IEManifest -JobType Export -DeviceId 1 -LogBucket my-log-bucket -FileSystem NTFS -ExportOperation @{{ exportBucket = 'my-export-bucket' }} @address @keys -Path '{good}'");
        var bad = Path.Combine(Scratch, "bad.yaml");
        File.WriteAllText(bad, "manifestVersion: 2.0\nfileSystem: ZFS\n");
        PS.SetVariable("files", new[] { new FileInfo(good), new FileInfo(bad) });

        var result = RunClean("$files | Test-IEManifest");

        var issues = result.OutputOf<ManifestIssue>();
        Assert.All(issues, i => Assert.Equal(bad, i.Source));
        Assert.Contains(issues, i => i.Field == "fileSystem" && i.Line == 2);
        Assert.Contains(issues, i => i.Field == "operations");
        Assert.DoesNotContain(issues, i => i.Field == "bucket");

        var missing = PS.Run($"Test-IEManifest -Path '{Path.Combine(Scratch, "none.yaml")}'");
        Assert.Equal("ManifestFileNotFound,ImportExport.Cmdlets.TestIEManifestCommand", Assert.Single(missing.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void Test_IEManifest_shows_a_table_of_line_field_and_rule()
    {
        var text = PS.RunToText("'deviceId: 1' | Test-IEManifest -JobType Import");

        foreach (var column in new[] { "Line", "Kind", "Field", "Rule", "MissingField", "accessKeyId", "returnAddress" })
        {
            Assert.Contains(column, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("ImportExport.Manifest.ManifestIssue", text, StringComparison.Ordinal);
    }

    [Fact]
    public void New_IEJob_refuses_what_Test_IEManifest_reports_with_the_same_rules()
    {
        const string Broken = "manifestVersion: 2.0\naccessKeyId: AKIAIOSFODNN7EXAMPLE\ndeviceId: 1\neraseDevice: perhaps\n";
        PS.SetVariable("broken", Broken);

        var tested = RunClean("Test-IEManifest -Manifest $broken -JobType Import").OutputOf<ManifestIssue>();
        var refused = PS.Run("New-IEJob -JobType Import -Manifest $broken @aws -Confirm:$false");

        Assert.Equal(tested.Select(i => i.ErrorCode), refused.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]));
    }

    [Fact]
    public void An_unclosed_flow_sequence_is_ManifestNotYaml_at_its_line_locally_and_MalformedManifest_from_the_service()
    {
        // Issue 24, item 7: YamlDotNet failed here with InvalidOperationException (NotSpecified), and the emulator with HTTP 500.
        PS.SetVariable("unclosed", "manifestVersion: 2.0\naccessKeyId: AKIAIOSFODNN7EXAMPLE\ndeviceId: 49382\nbucket: [my-import-bucket\neraseDevice: yes\n");

        var issue = Assert.Single(RunClean("Test-IEManifest -Manifest $unclosed -JobType Import").OutputOf<ManifestIssue>());
        var refused = Assert.Single(PS.Run("New-IEJob -JobType Import -Manifest $unclosed @aws -Confirm:$false").Errors);
        var sent = Assert.Single(PS.Run("New-IEJob -JobType Import -Manifest $unclosed -SkipManifestValidation @aws -Confirm:$false").Errors);

        Assert.Equal(nameof(ManifestProblemKind.Malformed), issue.Kind);
        Assert.Equal(4, issue.Line);
        Assert.StartsWith("ManifestNotYaml,", refused.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidData, refused.CategoryInfo.Category);
        Assert.Contains("line 4", refused.Exception.Message);
        Assert.StartsWith("MalformedManifestException,", sent.FullyQualifiedErrorId);
        Assert.Contains("HTTP 400", sent.ErrorDetails.Message);
    }
}
