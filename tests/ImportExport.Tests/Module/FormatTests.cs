using System.Management.Automation;
using ImportExport.IE;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Module;

/// <summary>Every output type has a default table view that shows what an administrator needs first.</summary>
public sealed class FormatTests : IClassFixture<HelpTests.Session>
{
    private readonly PowerShellHost _ps;

    public FormatTests(HelpTests.Session session) => _ps = session.Host;

    /// <summary>Output types that must have a table view, besides every [OutputType] of every cmdlet.</summary>
    private static readonly Type[] ExtraViewTypes = [typeof(ImportError), typeof(ExportError)];

    public static TheoryData<string> ViewTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in ModuleFacts.DeclaredOutputTypes.Concat(ExtraViewTypes).Select(t => t.FullName!).Distinct().OrderBy(n => n, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    /// <summary>The views as written: a table view selected by the full type name, in a file the engine accepts.</summary>
    [Theory]
    [MemberData(nameof(ViewTypes))]
    public void OutputTypeHasATableView(string typeName)
    {
        var views = System.Xml.Linq.XDocument.Load(FormatFile).Descendants("View")
            .Where(v => v.Element("ViewSelectedBy")?.Elements("TypeName").Any(t => t.Value.Trim() == typeName) == true)
            .ToList();
        Assert.True(views.Any(v => v.Element("TableControl") is not null), $"{typeName} has no table view in ImportExport.Format.ps1xml.");
    }

    [Fact]
    public void FormatAndTypesFilesLoadWithoutErrors()
    {
        // The public engine loaders validate the files the way Import-Module does and throw on any error.
        _ = new System.Management.Automation.Runspaces.FormatTable([FormatFile]);
        _ = new System.Management.Automation.Runspaces.TypeTable([Path.Combine(ModuleFacts.StagedDirectory, "ImportExport.Types.ps1xml")]);
    }

    public static TheoryData<string, string[]> KeyColumns() => new()
    {
        { nameof(JobSummary), ["JobId", "JobType", "CreationDate", "IsCanceled", "K4T9Q", "Import"] },
        { nameof(JobStatus), ["JobId", "JobType", "LocationCode", "ProgressCode", "ErrorCount", "TrackingNumber", "K4T9Q", "Returned", "SuccessWithErrors", "1Z999AA10123456784"] },
        { nameof(CreatedJob), ["JobId", "JobType", "Signature", "WarningMessage", "K4T9Q", "DV+TpDfx1/TdSE9ktyK9k/bDTVI=", "Bucket name is not DNS compatible"] },
        { nameof(JobUpdate), ["JobId", "Success", "WarningMessage", "K4T9Q", "True"] },
        { nameof(CanceledJob), ["JobId", "Success", "K4T9Q", "True"] },
        { nameof(ShippingLabel), ["JobId", "ShippingLabelURL", "K4T9Q, 8NXFZ", "https://example.com/label.pdf"] },
        { nameof(ImportTask), ["ImportId", "Status", "Progress", "import-4c1a7f0e2b9d3a6c1", "STARTED", "42.5%", "s3://corp-mgn-inventory/inventory.csv"] },
        { nameof(ImportError), ["ImportId", "ErrorType", "RowNumber", "RawError", "VALIDATION_ERROR", "17"] },
        { nameof(ExportTask), ["ExportId", "Status", "Progress", "Servers", "export-4c1a7f0e2b9d3a6c1", "SUCCEEDED", "100%", "12", "s3://corp-mgn-inventory/exports/inventory.csv"] },
        { nameof(ExportError), ["ExportId", "ErrorDateTime", "RawError", "export-4c1a7f0e2b9d3a6c1", "The S3 bucket corp-gone does not exist."] },
        { nameof(ImportExport.Inventory.ImportFileChange), ["Action", "ResourceType", "Name", "RowNumber", "Property", "Change", "Modify", "Server", "web-01", "mgn:launch:instance-type", "'m5.large' -> 'm5.xlarge'"] },
    };

    /// <summary>What a user sees for an object at the prompt: the default view, as a table with the key columns.</summary>
    [Theory]
    [MemberData(nameof(KeyColumns))]
    public void DefaultOutputIsATableWithTheKeyColumns(string type, string[] expected)
    {
        _ps.SetVariable("sample", Sample(type));
        var text = _ps.RunToText("$sample");
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        // A table: a header line, a line of dashes, a row.
        Assert.True(lines.Length >= 3, text);
        Assert.Matches("^-+( +-+)*$", lines[1]);
        foreach (var item in expected)
        {
            Assert.Contains(item, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ImportExport.", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Default property sets only choose what a bare Format-List shows: every property is still there for
    /// Format-List *, Select-Object * and Export-Csv (which tests/Pester checks with the real cmdlets).
    /// </summary>
    [Theory]
    [MemberData(nameof(KeyColumns))]
    public void EveryPropertyStaysVisibleToPowerShell(string type, string[] expected)
    {
        _ = expected;
        var sample = Sample(type);
        _ps.SetVariable("sample", sample);
        var r = _ps.Run("$sample.psobject.Properties | ForEach-Object Name");
        r.AssertCompleted();
        var names = r.Output.Select(o => o.ToString()).ToHashSet(StringComparer.Ordinal);
        foreach (var property in sample.GetType().GetProperties())
        {
            Assert.Contains(property.Name, names);
        }
    }

    [Fact]
    public void JobStatusDefaultListLeavesOutSignaturesAndTheManifest()
    {
        _ps.SetVariable("sample", Sample(nameof(JobStatus)));
        var r = _ps.Run("$sample.PSStandardMembers.DefaultDisplayPropertySet.ReferencedPropertyNames");
        r.AssertCompleted();
        var names = r.Output.Select(o => o.ToString()).ToList();
        Assert.Contains("ProgressMessage", names);
        Assert.Contains("TrackingNumber", names);
        Assert.DoesNotContain("SignatureFileContents", names);
        Assert.DoesNotContain("Signature", names);
        Assert.DoesNotContain("CurrentManifest", names);
    }

    private static string FormatFile => Path.Combine(ModuleFacts.StagedDirectory, "ImportExport.Format.ps1xml");

    internal static object Sample(string type)
    {
        var created = new DateTime(2025, 3, 14, 9, 21, 7, DateTimeKind.Utc);
        var artifacts = new ArtifactList([new Artifact("Packing slip", "https://example.com/slip.pdf")]);
        return type switch
        {
            nameof(JobSummary) => new JobSummary { JobId = "K4T9Q", JobType = "Import", CreationDate = created, IsCanceled = false },
            nameof(JobStatus) => new JobStatus
            {
                JobId = "K4T9Q", JobType = "Import", LocationCode = "Returned", LocationMessage = "Shipped back",
                ProgressCode = "SuccessWithErrors", ProgressMessage = "Completed with 3 errors", Carrier = "UPS",
                TrackingNumber = "1Z999AA10123456784", LogBucket = "corp-logs", LogKey = "import-log-K4T9Q", ErrorCount = 3,
                Signature = "DV+TpDfx1/TdSE9ktyK9k/bDTVI=", SignatureFileContents = "version:2.0\nsignature:DV+TpDfx1/TdSE9ktyK9k/bDTVI=",
                CurrentManifest = "manifestVersion: 2.0", CreationDate = created, ArtifactList = artifacts,
            },
            nameof(CreatedJob) => new CreatedJob
            {
                JobId = "K4T9Q", JobType = "Import", Signature = "DV+TpDfx1/TdSE9ktyK9k/bDTVI=",
                SignatureFileContents = "version:2.0\nsignature:DV+TpDfx1/TdSE9ktyK9k/bDTVI=",
                WarningMessage = "Bucket name is not DNS compatible", ArtifactList = artifacts,
            },
            nameof(JobUpdate) => new JobUpdate { JobId = "K4T9Q", Success = true, WarningMessage = "Return address updated", ArtifactList = artifacts },
            nameof(CanceledJob) => new CanceledJob { JobId = "K4T9Q", Success = true },
            nameof(ShippingLabel) => new ShippingLabel { JobId = new JobIdList(["K4T9Q", "8NXFZ"]), ShippingLabelURL = "https://example.com/label.pdf", Warning = "Street3 ignored" },
            nameof(ImportTask) => new ImportTask
            {
                ImportId = "import-4c1a7f0e2b9d3a6c1", Arn = "arn:aws:mgn:us-west-2:111122223333:import/import-4c1a7f0e2b9d3a6c1",
                Status = "STARTED", ProgressPercentage = 42.5, CreationDateTime = created, S3Bucket = "corp-mgn-inventory",
                S3Key = "inventory.csv", S3BucketOwner = "111122223333", WavesCreatedCount = 1, WavesModifiedCount = 0,
                ApplicationsCreatedCount = 2, ApplicationsModifiedCount = 0, ServersCreatedCount = 5, ServersModifiedCount = 1,
                Tags = new TagSet(new Dictionary<string, string> { ["Project"] = "DC-Exit" }),
            },
            nameof(ImportError) => new ImportError
            {
                ImportId = "import-4c1a7f0e2b9d3a6c1", ErrorDateTime = created, ErrorType = "VALIDATION_ERROR", RowNumber = 17,
                RawError = "mgn:server:platform must be LINUX or WINDOWS", AccountId = "111122223333",
            },
            nameof(ExportTask) => new ExportTask
            {
                ExportId = "export-4c1a7f0e2b9d3a6c1", Arn = "arn:aws:mgn:us-west-2:111122223333:export/export-4c1a7f0e2b9d3a6c1",
                Status = "SUCCEEDED", ProgressPercentage = 100, CreationDateTime = created, EndDateTime = created, S3Bucket = "corp-mgn-inventory",
                S3Key = "exports/inventory.csv", WavesCount = 1, ApplicationsCount = 3, ServersCount = 12,
            },
            nameof(ExportError) => new ExportError { ExportId = "export-4c1a7f0e2b9d3a6c1", ErrorDateTime = created, RawError = "The S3 bucket corp-gone does not exist." },
            nameof(ImportExport.Inventory.ImportFileChange) => new ImportExport.Inventory.ImportFileChange
            {
                File = "/tmp/wave1.csv", Action = "Modify", ResourceType = "Server",
                Name = "web-01", Id = "s-0123456789abcdef0", RowNumber = 2, Property = "mgn:launch:instance-type", CurrentValue = "m5.large", NewValue = "m5.xlarge",
            },
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
    }
}
