using System.Management.Automation;
using System.Text;
using ImportExport.IE;
using ImportExport.Manifest;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Emulator;

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
