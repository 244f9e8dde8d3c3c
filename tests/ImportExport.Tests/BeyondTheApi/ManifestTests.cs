using System.Management.Automation;
using System.Text;
using ImportExport.IE;
using ImportExport.Manifest;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.BeyondTheApi;

/// <summary>ManifestBuilder: what it writes reads back exactly, and it never builds a manifest the validator refuses.</summary>
public sealed class ManifestBuilderTests
{
    private static ManifestBuilder Import() => new()
    {
        JobType = ManifestJobType.Import,
        AccessKeyId = EmulatorFixture.AccessKey,
        DeviceId = "49382",
        Bucket = "my-import-bucket",
        EraseDevice = true,
        ReturnAddress = { Name = "Jane Doe", Street1 = "123 Any Street", City = "Anytown", StateOrProvince = "WA", PostalCode = "91011-1111", PhoneNumber = "206-555-1111", Country = "USA" },
    };

    public static TheoryData<string> AwkwardValues() =>
    [
        "0123", "12345", "1e3", "0x1F", "2.0", "yes", "No", "true", "null", "~", "2024-01-02", ".inf",
        "a: b", "x #y", "#hash", "- dash", "? question", "[list]", "{map}", "&anchor", "*alias", "!tag", "|pipe", ">fold",
        "'single'", "\"double\"", "back\\slash", "trailing space ", " leading space", "tab\there", "line\nbreak", "cr\rlf",
        "Zürich", "東京都", "emoji 🚚", "percent%", "at@sign", "comma, list", "semi;colon", "a  b", "bell\u0007", "ls\u2028sep",
    ];

    [Theory]
    [MemberData(nameof(AwkwardValues))]
    public void Every_value_reads_back_exactly_as_given(string value)
    {
        var builder = Import();
        builder.DeviceId = value;
        builder.ReturnAddress.Company = value;

        var result = builder.Build();

        Assert.True(result.IsValid, string.Join("; ", result.Problems) + "\n" + result.Yaml);
        Assert.Equal(value, result.Validation.Document!["deviceId"]);
        Assert.Equal(value, ((IReadOnlyDictionary<string, object?>)result.Validation.Document["returnAddress"]!)["company"]);
    }

    [Fact]
    public void An_import_manifest_reads_like_the_guide()
    {
        var yaml = Import().ToYaml();

        Assert.Equal(
            """
            manifestVersion: 2.0
            accessKeyId: AKIAIOSFODNN7EXAMPLE
            deviceId: "49382"
            bucket: my-import-bucket
            eraseDevice: yes
            returnAddress:
              name: Jane Doe
              street1: 123 Any Street
              city: Anytown
              stateOrProvince: WA
              postalCode: 91011-1111
              phoneNumber: 206-555-1111
              country: USA

            """.ReplaceLineEndings("\n"),
            yaml);
    }

    [Fact]
    public void Every_combination_of_options_builds_a_manifest_the_validator_accepts()
    {
        var built = 0;
        foreach (var jobType in new[] { ManifestJobType.Import, ManifestJobType.Export })
        foreach (var optional in new[] { false, true })
        foreach (var international in new[] { false, true })
        foreach (var operations in new[] { 1, 3 })
        {
            var builder = new ManifestBuilder
            {
                JobType = jobType,
                Generator = "tests",
                AccessKeyId = EmulatorFixture.AccessKey,
                DeviceId = "532404500021",
                ReturnAddress =
                {
                    Name = "Jane Doe", Street1 = "123 Any Street", City = international ? "Zürich" : "Anytown",
                    StateOrProvince = international ? null : "WA", PostalCode = international ? "8001" : "91011", PhoneNumber = "+41 44 000 00 00",
                    Country = international ? "Switzerland" : "USA",
                },
            };
            if (jobType == ManifestJobType.Import)
            {
                builder.Bucket = "my-import-bucket";
                builder.EraseDevice = optional;
            }
            else
            {
                builder.LogBucket = "my-log-bucket";
                builder.FileSystem = optional ? "EXT4" : "NTFS";
                for (var i = 0; i < operations; i++)
                {
                    var operation = new ManifestExportOperation { ExportBucket = "my-export-bucket" };
                    if (optional)
                    {
                        operation.Prefix = $"logs/{i}/";
                        operation.BeginMarker = "logs/a";
                        operation.EndMarker = "logs/z";
                        operation.TargetDirectory = $"export-{i}";
                    }

                    builder.Operations.Add(operation);
                }
            }

            if (optional)
            {
                builder.ReturnAddress.Company = "Example Corp.";
                builder.ReturnAddress.Street2 = "Suite #100";
                builder.ReturnAddress.Street3 = "Building: B";
                builder.LogPrefix = "import-logs/";
                builder.NotificationEmail = "ops@example.com;jane@example.com";
                builder.ServiceLevel = "expeditedShipping";
            }

            if (international)
            {
                foreach (var (field, value) in new[] { ("dataDescription", "Backups"), ("encryptedData", "yes"), ("deviceValue", "250.00"), ("deviceCountryOfOrigin", "China"), ("typeOfExport", "return") })
                {
                    builder.SetCustoms(field, value);
                }
            }

            var result = builder.Build();
            Assert.True(result.IsValid, $"{jobType} optional={optional} international={international}: {string.Join("; ", result.Problems)}\n{result.Yaml}");
            built++;
        }

        Assert.Equal(16, built);
    }

    [Fact]
    public void Problems_come_from_the_validator_not_from_the_builder()
    {
        var builder = Import();
        builder.ReturnAddress.Street1 = "PO Box 123";
        builder.Bucket = "Not_A_Bucket";

        var result = builder.Build();

        Assert.False(result.IsValid);
        Assert.Equal(["bucket", "returnAddress.street1"], result.Problems.Select(p => p.Field).Order());
        Assert.Equal(ManifestValidator.Validate(result.Yaml, ManifestJobType.Import).Problems.Select(p => p.Message), result.Problems.Select(p => p.Message));
    }

    [Fact]
    public void Unknown_customs_and_operation_fields_are_refused_by_name()
    {
        var builder = Import();

        Assert.Contains("deviceColour", Assert.Throws<ArgumentException>(() => builder.SetCustoms("deviceColour", "blue")).Message);
        Assert.Contains("bucket", Assert.Throws<ArgumentException>(() => new ManifestExportOperation().Set("bucket", "x")).Message);

        builder.SetCustoms("DATADESCRIPTION", "Backups");
        Assert.Equal("dataDescription", Assert.Single(builder.Customs).Key);
    }
}

/// <summary>New-IEManifest and Test-IEManifest, as a user runs them, and the manifest going on to New-IEJob.</summary>
public sealed class ManifestCmdletTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
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
}
