using ImportExport.Manifest;

namespace ImportExport.Tests.Emulator;

/// <summary>The validator on field names the manifest does not have, and where a tab-indentation error is reported.</summary>
public sealed partial class ManifestValidatorTests
{
    [Theory]
    [InlineData("notificationEmails: a@example.com", "notificationEmails", "notificationEmail")]
    [InlineData("logPrefx: logs/", "logPrefx", "logPrefix")]
    [InlineData("LogPrefix: logs/", "LogPrefix", "logPrefix")]
    [InlineData("servicelevel: standard", "servicelevel", "serviceLevel")]
    public void A_misspelled_top_level_field_is_unknown_and_the_close_name_is_suggested(string line, string field, string suggestion)
    {
        var problem = Assert.Single(Import(ValidImport + "\n" + line + "\n").Problems);

        Assert.Equal(field, problem.Field);
        Assert.Equal(ManifestProblemKind.InvalidField, problem.Kind);
        Assert.Equal("InvalidManifestFieldException", problem.ErrorCode);
        Assert.Equal(14, problem.Line);
        Assert.Contains($"did you mean '{suggestion}'?", problem.Rule, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(problem.Message, "(line 14)"));
    }

    [Fact]
    public void A_field_far_from_every_known_name_is_unknown_without_a_suggestion()
    {
        var problem = Assert.Single(Import(ValidImport + "\nfavouriteColour: blue\n").Problems);

        Assert.Equal("favouriteColour", problem.Field);
        Assert.Equal("is unknown", problem.Rule);
    }

    [Fact]
    public void A_misspelled_return_address_field_is_unknown_with_its_path()
    {
        var result = Import(ValidImport.Replace("  street1: 123 Any Street", "  street1: 123 Any Street\n  stret2: Suite 4", StringComparison.Ordinal));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("returnAddress.stret2", problem.Field);
        Assert.Equal(9, problem.Line);
        Assert.Contains("did you mean 'street2'?", problem.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelled_operation_field_is_unknown_with_its_index()
    {
        var problem = Assert.Single(ManifestValidator.Validate(ValidExport.Replace("prefix: photos/", "prefx: photos/", StringComparison.Ordinal), ManifestJobType.Export).Problems);

        Assert.Equal("operations[0].prefx", problem.Field);
        Assert.Contains("did you mean 'prefix'?", problem.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelled_customs_field_is_unknown_but_content_type_extensions_are_free()
    {
        var result = Import(ValidImport + "\ncustoms:\n  dataDescripton: photos\ncontentTypes:\n  heic: image/heic\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("customs.dataDescripton", problem.Field);
        Assert.Contains("did you mean 'dataDescription'?", problem.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_field_the_builder_writes_is_a_known_field()
    {
        var built = new ManifestBuilder
        {
            JobType = ManifestJobType.Export,
            AccessKeyId = "AKIAIOSFODNN7EXAMPLE",
            DeviceId = "1",
            LogBucket = "my-log-bucket",
            LogPrefix = "logs/",
            NotificationEmail = "a@example.com",
            ServiceLevel = "standard",
            FileSystem = "NTFS",
            Generator = "tests",
        };
        var address = built.ReturnAddress;
        (address.Name, address.Company, address.Street1, address.Street2, address.Street3) = ("J", "C", "1 Road", "a", "b");
        (address.City, address.StateOrProvince, address.PostalCode, address.PhoneNumber, address.Country) = ("X", "Y", "1", "1", "Germany");
        built.Operations.Add(new ManifestExportOperation { ExportBucket = "my-export-bucket", Prefix = "p", BeginMarker = "a", EndMarker = "b", TargetDirectory = "t", RecoveryDirectory = "r" });
        foreach (var name in ManifestBuilder.CustomsFieldNames)
        {
            built.SetCustoms(name, "x");
        }

        var result = built.Build();

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
    }

    [Fact]
    public void A_tab_used_for_indentation_is_reported_at_the_line_of_the_tab()
    {
        var text = ValidImport.Replace("  city: Anytown", "\tcity: Anytown", StringComparison.Ordinal);

        var problem = Assert.Single(Import(text).Problems);

        Assert.Equal(ManifestProblemKind.Malformed, problem.Kind);
        Assert.Equal(9, problem.Line);
        Assert.Contains("tab", problem.Rule, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_tab_on_the_first_nested_line_is_reported_there_too()
    {
        var problem = Assert.Single(Import("manifestVersion: 2.0\nreturnAddress:\n\tname: Jane\n").Problems);

        Assert.Equal(ManifestProblemKind.Malformed, problem.Kind);
        Assert.Equal(3, problem.Line);
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
