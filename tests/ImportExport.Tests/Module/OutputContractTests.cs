using System.Management.Automation;
using ImportExport.IE;
using ImportExport.Manifest;
using ImportExport.Mgn;

namespace ImportExport.Tests.Module;

/// <summary>
/// The output types as a contract (issue 13): they read as their id, and no property is a .NET enum, which
/// ConvertTo-Json would write as a number. Resolving them by name in PowerShell is tested in real pwsh
/// (tests/Pester/TypeNames.Tests.ps1) and beside another AWSSDK.Core (Isolation/DependencyIsolationTests).
/// </summary>
public sealed class OutputContractTests
{
    public static TheoryData<object, string> Objects() => new()
    {
        { new JobSummary { JobId = "K4T9Q" }, "K4T9Q" },
        { new JobStatus { JobId = "K4T9Q" }, "K4T9Q" },
        { new CreatedJob { JobId = "K4T9Q" }, "K4T9Q" },
        { new JobUpdate { JobId = "K4T9Q" }, "K4T9Q" },
        { new CanceledJob { JobId = "K4T9Q" }, "K4T9Q" },
        { new JobOverview(new JobSummary { JobId = "K4T9Q" }, new JobStatus()), "K4T9Q" },
        { new ShippingLabel { JobId = new JobIdList(["K4T9Q", "8NXFZ"]) }, "K4T9Q, 8NXFZ" },
        { new ImportTask { ImportId = "import-0123456789abcdef0" }, "import-0123456789abcdef0" },
        { new ImportError { ImportId = "import-0123456789abcdef0", RowNumber = 3 }, "import-0123456789abcdef0" },
        { new ExportTask { ExportId = "export-0123456789abcdef0" }, "export-0123456789abcdef0" },
        { new ExportError { ExportId = "export-0123456789abcdef0" }, "export-0123456789abcdef0" },
        { new ImportExport.Inventory.ImportFileChange { Id = "s-0123456789abcdef0", Name = "web-01" }, "s-0123456789abcdef0" },
        { new ImportExport.Inventory.ImportFileChange { Name = "web-03", RowNumber = 4 }, "web-03" },
    };

    [Theory]
    [MemberData(nameof(Objects))]
    public void An_output_object_reads_as_its_id(object output, string id) =>
        Assert.Equal(id, output.ToString());

    [Fact]
    public void No_output_property_is_an_enum()
    {
        var enumProperties = ModuleFacts.ContractAssembly.GetExportedTypes()
            .Where(t => t.IsClass)
            .SelectMany(t => t.GetProperties().Select(p => (Type: t, Property: p)))
            .Where(x => (Nullable.GetUnderlyingType(x.Property.PropertyType) ?? x.Property.PropertyType).IsEnum)
            .Select(x => $"{x.Type.Name}.{x.Property.Name}");

        Assert.Empty(enumProperties);
    }

    [Fact]
    public void A_manifest_issue_carries_its_kind_by_name()
    {
        var issue = new ManifestIssue(null, 1, "bucket", ManifestProblemKind.MissingField, "MissingManifestFieldException", "is required", "bucket is required (line 1).");

        Assert.Equal("MissingField", issue.Kind);
        Assert.Equal(issue.Message, issue.ToString());
    }

    // The MGN task types share most of their members but no base type: a base class would add its name to the objects'
    // PSTypeNames, and PowerShell's adapter lists a type's own properties before its base's, which would reorder the
    // columns of Export-Csv, Format-List * and Select-Object * (the id first, then the counts, then Arn and Status...).
    [Fact]
    public void An_MGN_task_shows_PowerShell_its_properties_in_the_contract_order_under_its_own_type_name()
    {
        var import = PSObject.AsPSObject(new ImportTask());
        var export = PSObject.AsPSObject(new ExportTask());

        Assert.Equal(
            ["ImportId", "Arn", "Status", "ProgressPercentage", "CreationDateTime", "CreationDateTimeUtc", "EndDateTime", "EndDateTimeUtc", "S3Bucket", "S3Key", "S3BucketOwner",
             "WavesCreatedCount", "WavesModifiedCount", "ApplicationsCreatedCount", "ApplicationsModifiedCount", "ServersCreatedCount", "ServersModifiedCount", "Tags", "IsFinished", "Region"],
            import.Properties.Select(p => p.Name));
        Assert.Equal(
            ["ExportId", "Arn", "Status", "ProgressPercentage", "CreationDateTime", "CreationDateTimeUtc", "EndDateTime", "EndDateTimeUtc", "S3Bucket", "S3Key", "S3BucketOwner",
             "WavesCount", "ApplicationsCount", "ServersCount", "Tags", "IsFinished", "Region"],
            export.Properties.Select(p => p.Name));
        Assert.Equal(["ImportExport.Mgn.ImportTask", "System.Object"], import.TypeNames);
        Assert.Equal(["ImportExport.Mgn.ExportTask", "System.Object"], export.TypeNames);
    }
}
