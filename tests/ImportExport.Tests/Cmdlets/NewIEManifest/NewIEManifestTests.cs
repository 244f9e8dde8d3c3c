using System.Management.Automation;
using System.Text;
using ImportExport.IE;
using ImportExport.Manifest;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.NewIEManifest;

/// <summary>New-IEManifest as a user runs it, and its manifest going on to New-IEJob.</summary>
public sealed class NewIEManifestTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public void New_IEManifest_emits_yaml_that_the_validator_accepts_with_the_session_access_key()
    {
        var result = RunClean("New-IEManifest -JobType Import -DeviceId 49382 -Bucket my-import-bucket -EraseDevice -NotificationEmail ops@example.com, jane@example.com @address @keys");

        var yaml = Assert.Single(result.OutputOf<string>());
        var validation = ManifestValidator.Validate(yaml, ManifestJobType.Import);
        Assert.True(validation.IsValid, string.Join("; ", validation.Problems));
        Assert.Equal(EmulatorFixture.AccessKey, validation.AccessKeyId);
        Assert.Equal("yes", validation.Document!["eraseDevice"]);
        Assert.Equal("ops@example.com;jane@example.com", validation.Document["notificationEmail"]);
        Assert.StartsWith("ImportExport PowerShell module ", (string)validation.Document["generator"]!);
    }

    [Fact]
    public void New_IEManifest_piped_to_New_IEJob_creates_the_job()
    {
        var before = Emulator.State.JobCount;

        var result = RunClean("New-IEManifest -JobType Import -DeviceId 'DEV #7: spare' -Bucket my-import-bucket @address @keys | New-IEJob -JobType Import @aws -Confirm:$false");

        var job = Assert.Single(result.OutputOf<CreatedJob>());
        Assert.Equal(before + 1, Emulator.State.JobCount);
        Assert.Contains("deviceId: \"DEV #7: spare\"", Emulator.State.GetJob(job.JobId!)!.Manifest);
    }

    [Fact]
    public void An_export_manifest_from_hashtables_is_accepted_by_the_service()
    {
        var result = RunClean("""
            $operations = @{ exportBucket = 'my-export-bucket'; prefix = 'logs/'; targetDirectory = 'logs' }, @{ ExportBucket = 'my-export-bucket'; beginMarker = 'a'; endMarker = 'm' }
            New-IEManifest -JobType Export -DeviceId 532404500021 -LogBucket my-log-bucket -FileSystem NTFS -ExportOperation $operations -Customs @{ dataDescription = 'Logs'; encryptedData = $true; deviceValue = 250.5 } @address @keys |
                New-IEJob -JobType Export -ValidateOnly @aws
            """);

        Assert.True(Assert.Single(result.OutputOf<CreatedJob>()).ValidateOnly);
        var manifest = (string)Emulator.State.Requests.Last(r => r.Operation == "CreateJob").Parameters["Manifest"]!;
        var document = ManifestValidator.Validate(manifest, ManifestJobType.Export).Document!;
        var operations = (IReadOnlyList<object?>)document["operations"]!;
        Assert.Equal(2, operations.Count);
        Assert.Equal("logs/", ((IReadOnlyDictionary<string, object?>)operations[0]!)["prefix"]);
        var customs = (IReadOnlyDictionary<string, object?>)document["customs"]!;
        Assert.Equal("yes", customs["encryptedData"]);
        Assert.Equal("250.5", customs["deviceValue"]);
    }

    [Fact]
    public void Path_writes_the_file_refuses_to_overwrite_without_Force_and_WhatIf_writes_nothing()
    {
        var path = Path.Combine(Scratch, "manifest.yaml");
        PS.SetVariable("path", path);
        const string Command = "New-IEManifest -JobType Import -DeviceId 49382 -Bucket my-import-bucket @address @keys -Path $path";

        RunClean(Command + " -WhatIf");
        Assert.False(File.Exists(path));

        var written = RunClean(Command);
        Assert.Equal(path, Assert.Single(written.OutputOf<FileInfo>()).FullName);
        // UTF-8 with a byte order mark, so that Windows PowerShell 5.1's Get-Content reads non-ASCII text correctly
        // (issue 16: it reads a BOM-less file as ANSI); every reader of the file skips the mark.
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3).ToArray());
        Assert.True(ManifestValidator.Validate(File.ReadAllText(path), ManifestJobType.Import).IsValid);

        var refused = PS.Run(Command);
        Assert.Equal("ManifestFileExists,ImportExport.Cmdlets.NewIEManifestCommand", Assert.Single(refused.Errors).FullyQualifiedErrorId);

        // -WhatIf wins over the refusal: it says what would happen and writes nothing.
        var whatIf = PS.Run(Command + " -WhatIf");
        Assert.Empty(whatIf.AllErrors);
        Assert.Contains($"What if: Performing the operation \"Write the Import manifest for device 49382, replacing the existing file\" on target \"{path}\"", whatIf.HostText);
        Assert.Equal(bytes, File.ReadAllBytes(path));

        RunClean(Command + " -Force");

        // The file goes straight on to New-IEJob.
        Assert.Single(RunClean("New-IEJob -JobType Import -ManifestPath $path @aws -Confirm:$false").OutputOf<CreatedJob>());
    }

    [Fact]
    public void A_value_the_validator_refuses_is_an_error_naming_the_parameter_and_nothing_is_emitted()
    {
        var result = PS.Run("New-IEManifest -JobType Import -DeviceId 49382 -Bucket my-import-bucket @address -Street1 'PO Box 42' -NotificationEmail not-an-address @keys");

        Assert.Empty(result.Output);
        Assert.Equal(2, result.Errors.Count);
        var street = Assert.Single(result.Errors, e => Equals(e.TargetObject, "-Street1"));
        Assert.Equal("InvalidManifestFieldException,ImportExport.Cmdlets.NewIEManifestCommand", street.FullyQualifiedErrorId);
        Assert.Contains("PO box", street.Exception.Message);
        Assert.Contains(result.Errors, e => Equals(e.TargetObject, "-NotificationEmail"));
    }

    [Fact]
    public void Missing_job_fields_name_the_parameter_to_add()
    {
        var result = PS.Run("New-IEManifest -JobType Export -DeviceId 1 -FileSystem NTFS @address @keys");

        Assert.Empty(result.Output);
        Assert.Equal(["-ExportOperation", "-LogBucket"], result.Errors.Select(e => (string)e.TargetObject).Order());
        Assert.All(result.Errors, e => Assert.StartsWith("MissingManifestFieldException,", e.FullyQualifiedErrorId));
    }

    [Theory]
    [InlineData("-JobType Export -DeviceId 1 -Bucket my-import-bucket -LogBucket my-log-bucket -FileSystem NTFS -ExportOperation @{ exportBucket = 'my-export-bucket' }", "ParameterNotForJobType", "-Bucket")]
    [InlineData("-JobType Import -DeviceId 1 -Bucket my-import-bucket -FileSystem NTFS", "ParameterNotForJobType", "-FileSystem")]
    [InlineData("-JobType Import -DeviceId 1 -Bucket my-import-bucket -Customs @{ colour = 'blue' }", "InvalidCustomsField", "-Customs")]
    [InlineData("-JobType Export -DeviceId 1 -LogBucket my-log-bucket -FileSystem NTFS -ExportOperation @{ bucket = 'x' }", "InvalidExportOperation", "-ExportOperation")]
    public void Parameters_that_do_not_fit_the_manifest_are_refused(string parameters, string errorId, string target)
    {
        var result = PS.Run($"New-IEManifest {parameters} @address @keys");

        Assert.Empty(result.Output);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"{errorId},ImportExport.Cmdlets.NewIEManifestCommand", error.FullyQualifiedErrorId);
        Assert.Equal(target, error.TargetObject);
    }

    [Fact]
    public void AccessKeyId_overrides_the_session_key()
    {
        var yaml = RunClean("New-IEManifest -JobType Import -AccessKeyId AKIAI44QH8DHBEXAMPLE -DeviceId 1 -Bucket my-import-bucket @address @keys").OutputOf<string>().Single();

        Assert.Equal("AKIAI44QH8DHBEXAMPLE", ManifestValidator.Validate(yaml, ManifestJobType.Import).AccessKeyId);
    }
}
