using System.Text;
using ImportExport.Manifest;

namespace ImportExport.Tests.Emulator;

public sealed partial class ManifestValidatorTests
{
    private static readonly string ValidImport = SampleManifests.Import;

    private const string ValidExport = """
        manifestVersion: 2.0
        accessKeyId: AKIAIOSFODNN7EXAMPLE
        deviceId: 70123
        logBucket: my-log-bucket
        fileSystem: NTFS
        returnAddress:
          name: Jane Doe
          street1: 123 Any Street
          city: Anytown
          postalCode: 10115
          phoneNumber: +49 30 1234
          country: Germany
        operations:
          - exportBucket: my-export-bucket
            prefix: photos/
          - exportBucket: examplebucket
        """;

    private static ManifestValidationResult Import(string text) => ManifestValidator.Validate(text, ManifestJobType.Import);

    private static ManifestProblem Single(ManifestValidationResult result) => Assert.Single(result.Problems);

    [Fact]
    public void A_complete_import_manifest_is_valid_and_exposes_its_key_buckets_and_document()
    {
        var result = Import(ValidImport + "\nlogBucket: my-log-bucket\n");

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal("AKIAIOSFODNN7EXAMPLE", result.AccessKeyId);
        Assert.Equal(["my-import-bucket", "my-log-bucket"], result.Buckets);
        Assert.Equal("2.0", result.Document!["manifestVersion"]);
        var address = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Document["returnAddress"]);
        Assert.Equal("Anytown", address["city"]);
    }

    [Fact]
    public void A_complete_export_manifest_is_valid_and_lists_every_export_bucket()
    {
        var result = ManifestValidator.Validate(ValidExport, ManifestJobType.Export);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(["my-log-bucket", "my-export-bucket", "examplebucket"], result.Buckets);
    }

    [Theory]
    [InlineData("manifestVersion")]
    [InlineData("accessKeyId")]
    [InlineData("deviceId")]
    [InlineData("bucket")]
    [InlineData("eraseDevice")]
    [InlineData("returnAddress")]
    public void Each_required_import_field_is_reported_missing(string field)
    {
        var text = RemoveField(ValidImport, field);

        var problem = Assert.Single(Import(text).Problems, p => p.Field == field);

        Assert.Equal(ManifestProblemKind.MissingField, problem.Kind);
        Assert.Equal("MissingManifestFieldException", problem.ErrorCode);
        Assert.Contains(field, problem.Message);
    }

    [Theory]
    [InlineData("logBucket")]
    [InlineData("fileSystem")]
    [InlineData("operations")]
    public void Each_required_export_field_is_reported_missing(string field)
    {
        var result = ManifestValidator.Validate(RemoveField(ValidExport, field), ManifestJobType.Export);

        Assert.Contains(result.Problems, p => p.Field == field && p.Kind == ManifestProblemKind.MissingField);
    }

    [Fact]
    public void An_import_manifest_checked_as_export_misses_the_export_fields()
    {
        var result = ManifestValidator.Validate(ValidImport, ManifestJobType.Export);

        Assert.Equal(["fileSystem", "logBucket", "operations"], result.Problems.Select(p => p.Field).Order());
    }

    [Theory]
    [InlineData("name")]
    [InlineData("street1")]
    [InlineData("city")]
    [InlineData("postalCode")]
    [InlineData("phoneNumber")]
    [InlineData("country")]
    public void Each_required_return_address_field_is_reported_with_its_path_and_the_address_line(string field)
    {
        var problem = Single(Import(RemoveField(ValidImport, field)));

        Assert.Equal("returnAddress." + field, problem.Field);
        Assert.Equal(ManifestProblemKind.MissingField, problem.Kind);
        Assert.Equal(6, problem.Line); // the returnAddress: line
    }

    [Fact]
    public void State_or_province_is_required_for_us_addresses_only()
    {
        Assert.Equal("returnAddress.stateOrProvince", Single(Import(RemoveField(ValidImport, "stateOrProvince"))).Field);
        Assert.True(ManifestValidator.Validate(ValidExport, ManifestJobType.Export).IsValid);
    }

    [Theory]
    [InlineData("PO Box 123")]
    [InlineData("P.O. Box 77")]
    [InlineData("post office box 9")]
    public void A_po_box_street_is_an_invalid_field(string street)
    {
        var problem = Single(Import(ValidImport.Replace("123 Any Street", street)));

        Assert.Equal("returnAddress.street1", problem.Field);
        Assert.Equal(ManifestProblemKind.InvalidField, problem.Kind);
        Assert.Contains("PO box", problem.Rule);
        Assert.Equal(8, problem.Line);
    }

    [Theory]
    [InlineData("manifestVersion: 2.0", "manifestVersion: 3.0", "manifestVersion")]
    [InlineData("eraseDevice: yes", "eraseDevice: maybe", "eraseDevice")]
    [InlineData("accessKeyId: AKIAIOSFODNN7EXAMPLE", "accessKeyId: not a key", "accessKeyId")]
    [InlineData("bucket: my-import-bucket", "bucket: My_Bucket", "bucket")]
    public void A_bad_value_is_an_invalid_field(string original, string replacement, string field)
    {
        var problem = Single(Import(ValidImport.Replace(original, replacement)));

        Assert.Equal(field, problem.Field);
        Assert.Equal(ManifestProblemKind.InvalidField, problem.Kind);
        Assert.Equal("InvalidManifestFieldException", problem.ErrorCode);
    }

    [Theory]
    [InlineData("serviceLevel: standard", true)]
    [InlineData("serviceLevel: expeditedShipping", true)]
    [InlineData("serviceLevel: overnight", false)]
    [InlineData("notificationEmail: a@example.com;b@example.org", true)]
    [InlineData("notificationEmail: a@example.com, b@example.org", false)]
    [InlineData("notificationEmail: not-an-address", false)]
    [InlineData("acl: bucket-owner-full-control", true)]
    [InlineData("acl: everyone", false)]
    [InlineData("ignore:\n  - \\.tmp$\n  - ^thumbs", true)]
    [InlineData("ignore:\n  - '(unclosed'", false)]
    [InlineData("contentTypes:\n  txt: text/plain", true)]
    [InlineData("contentTypes: text/plain", false)]
    [InlineData("customs:\n  dataDescription: photos", true)]
    public void Optional_import_fields_follow_their_rules(string line, bool valid)
    {
        var result = Import(ValidImport + "\n" + line + "\n");

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Equal(ManifestProblemKind.InvalidField, result.Problems[0].Kind);
            Assert.InRange(result.Problems[0].Line!.Value, 14, 15); // the field, or the list item under it
        }
    }

    [Fact]
    public void A_log_prefix_must_leave_room_for_the_log_key_within_1024_bytes()
    {
        Assert.True(Import(ValidImport + $"\nlogPrefix: {new string('p', ManifestValidator.MaxLogPrefixBytes)}\n").IsValid);

        var problem = Single(Import(ValidImport + $"\nlogPrefix: {new string('p', ManifestValidator.MaxLogPrefixBytes + 1)}\n"));
        Assert.Equal("logPrefix", problem.Field);
        Assert.Equal(1008, ManifestValidator.MaxLogPrefixBytes);
    }

    [Theory]
    [InlineData("NTFS", true)]
    [InlineData("EXT4", true)]
    [InlineData("FAT32", true)]
    [InlineData("HFS+", false)]
    public void Export_file_system_must_be_a_supported_one(string fileSystem, bool valid)
    {
        var result = ManifestValidator.Validate(ValidExport.Replace("fileSystem: NTFS", "fileSystem: " + fileSystem), ManifestJobType.Export);

        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void Every_export_operation_needs_an_export_bucket_reported_by_index()
    {
        var text = ValidExport.Replace("  - exportBucket: examplebucket", "  - prefix: docs/");

        var problem = Single(ManifestValidator.Validate(text, ManifestJobType.Export));

        Assert.Equal("operations[1].exportBucket", problem.Field);
        Assert.Equal(ManifestProblemKind.MissingField, problem.Kind);
        Assert.Equal(16, problem.Line);
    }

    [Fact]
    public void Operations_must_be_a_non_empty_list()
    {
        var export = ValidExport[..ValidExport.IndexOf("operations:", StringComparison.Ordinal)];

        Assert.Equal("operations", Single(ManifestValidator.Validate(export + "operations: everything\n", ManifestJobType.Export)).Field);
        Assert.Equal("operations", Single(ManifestValidator.Validate(export + "operations: []\n", ManifestJobType.Export)).Field);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_in_line_order_with_field_paths()
    {
        const string text = """
            manifestVersion: 1.0
            accessKeyId: AKIAIOSFODNN7EXAMPLE
            bucket: Bad..Bucket
            eraseDevice: perhaps
            returnAddress:
              name: Jane Doe
              street1: PO Box 1
              postalCode: 98101
              phoneNumber: 555
              country: USA
            serviceLevel: fast
            """;

        var problems = Import(text).Problems;

        Assert.Equal(
            [
                ("deviceId", 1), ("manifestVersion", 1), ("bucket", 3), ("eraseDevice", 4),
                ("returnAddress.city", 5), ("returnAddress.stateOrProvince", 5), ("returnAddress.street1", 7), ("serviceLevel", 11),
            ],
            problems.Select(p => (p.Field, p.Line ?? 0)).OrderBy(p => p.Item2).ThenBy(p => p.Field, StringComparer.Ordinal));
        Assert.All(problems, p => Assert.Contains($"(line {p.Line})", p.Message));
        Assert.Equal(problems.Select(p => p.Line).Order(), problems.Select(p => p.Line));
    }

    [Fact]
    public void A_field_given_as_a_list_instead_of_a_value_is_invalid()
    {
        var problem = Single(Import(ValidImport.Replace("deviceId: 49382", "deviceId:\n  - 1\n  - 2")));

        Assert.Equal("deviceId", problem.Field);
        Assert.Contains("single value", problem.Rule);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    public void An_empty_manifest_is_malformed(string text)
    {
        var problem = Single(Import(text));

        Assert.Equal(ManifestProblemKind.Malformed, problem.Kind);
        Assert.Equal("MalformedManifestException", problem.ErrorCode);
    }

    [Fact]
    public void Text_that_is_not_yaml_is_malformed_with_the_line_of_the_error()
    {
        var problem = Single(Import("manifestVersion: 2.0\naccessKeyId: AK\nbucket: [unclosed\n"));

        Assert.Equal(ManifestProblemKind.Malformed, problem.Kind);
        Assert.NotNull(problem.Line);
        Assert.InRange(problem.Line!.Value, 3, 4);
        Assert.Null(Import("a: [").Document);
    }

    [Theory]
    [InlineData("just a sentence")]
    [InlineData("- a\n- list")]
    public void Yaml_that_is_not_a_mapping_is_malformed(string text)
    {
        Assert.Equal(ManifestProblemKind.Malformed, Single(Import(text)).Kind);
    }

    [Fact]
    public void A_repeated_key_is_malformed_at_its_second_occurrence()
    {
        var problem = Single(Import(ValidImport + "\ndeviceId: 2\n"));

        Assert.Equal(ManifestProblemKind.Malformed, problem.Kind);
        Assert.Equal(14, problem.Line);
    }

    [Fact]
    public void Two_yaml_documents_are_malformed()
    {
        Assert.Equal(ManifestProblemKind.Malformed, Single(Import(ValidImport + "\n---\na: b\n")).Kind);
    }

    [Fact]
    public void A_billion_laughs_alias_bomb_is_rejected_quickly_without_expansion()
    {
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 0; i < 9; i++)
        {
            var prev = (char)('a' + i);
            var next = (char)('b' + i);
            bomb.Append(next).Append(": &").Append(next).Append(" [").Append(string.Join(",", Enumerable.Repeat("*" + prev, 9))).Append("]\n");
        }

        // Rejected at the first anchor, before any expansion (an expanding parser would not return at all).
        var problem = Single(Import(bomb.ToString()));

        Assert.Equal(ManifestProblemKind.Malformed, problem.Kind);
        Assert.Contains("anchor", problem.Rule);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void An_alias_alone_is_rejected()
    {
        Assert.Contains("alias", Single(Import("a: b\nc: *x\n")).Rule);
    }

    [Fact]
    public void A_manifest_over_the_size_cap_is_rejected_before_parsing()
    {
        var text = ValidImport + "\ngenerator: " + new string('x', ManifestValidator.MaxManifestBytes) + "\n";

        var problem = Single(Import(text));

        Assert.Equal(ManifestProblemKind.Malformed, problem.Kind);
        Assert.Contains("larger than", problem.Rule);
    }

    [Fact]
    public void Very_many_nodes_or_deep_nesting_are_rejected()
    {
        var many = string.Join("\n", Enumerable.Range(0, ManifestValidator.MaxManifestBytes / 20).Select(i => $"k{i}: v"));
        var deep = new string('[', 200) + new string(']', 200);

        Assert.Contains("nodes", Single(Import(many)).Rule);
        Assert.Contains("deeper", Single(Import("a: " + deep)).Rule);
    }

    [Theory]
    [InlineData("my-bucket", null)]
    [InlineData("a.b-c.123", null)]
    [InlineData("ab", "between 3 and 63")]
    [InlineData("Upper", "lowercase")]
    [InlineData("under_score", "lowercase")]
    [InlineData("-start", "begin and end")]
    [InlineData("end.", "begin and end")]
    [InlineData("two..dots", "adjacent dots")]
    [InlineData("192.168.5.4", "IP address")]
    [InlineData("xn--bucket", "xn--")]
    [InlineData("bucket-s3alias", "-s3alias")]
    public void S3_bucket_names_follow_the_s3_naming_rules(string name, string? rule)
    {
        var result = S3BucketName.Validate(name);

        if (rule is null)
        {
            Assert.Null(result);
        }
        else
        {
            Assert.Contains(rule, result);
        }
    }

    [Fact]
    public void A_bucket_name_of_64_characters_is_too_long()
    {
        Assert.Null(S3BucketName.Validate(new string('a', 63)));
        Assert.NotNull(S3BucketName.Validate(new string('a', 64)));
    }

    [Fact]
    public void Quoted_values_keep_their_text_and_plain_nulls_count_as_missing()
    {
        Assert.True(Import(ValidImport.Replace("manifestVersion: 2.0", "manifestVersion: \"2.0\"")).IsValid);

        var problem = Single(Import(ValidImport.Replace("deviceId: 49382", "deviceId: ~")));
        Assert.Equal(("deviceId", ManifestProblemKind.MissingField, 3), (problem.Field, problem.Kind, problem.Line));
    }

    /// <summary>Removes the field's line and, for a mapping or list, the more indented lines under it.</summary>
    private static string RemoveField(string text, string field)
    {
        var kept = new List<string>();
        int? removedIndent = null;
        foreach (var line in text.Split('\n'))
        {
            var indent = line.Length - line.TrimStart().Length;
            if (removedIndent is { } removed && indent > removed)
            {
                continue;
            }

            removedIndent = null;
            if (line.TrimStart().StartsWith(field + ":", StringComparison.Ordinal))
            {
                removedIndent = indent;
                continue;
            }

            kept.Add(line);
        }

        return string.Join("\n", kept);
    }
}
