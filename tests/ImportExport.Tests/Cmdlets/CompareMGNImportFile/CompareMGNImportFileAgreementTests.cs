using ImportExport.Inventory;
using ImportExport.Tests.Infrastructure;
using ImportExport.Tests.Inventory;

namespace ImportExport.Tests.Cmdlets.CompareMGNImportFile;

/// <summary>
/// The preview's promise, on every file of the catalogue: against an export of the inventory, Compare-MGNImportFile's
/// Create lines and the resources of its Modify lines are the createdCount and modifiedCount the import of the same
/// file then reports, and its Fail lines are the import's errors, row for row, word for word.
/// </summary>
public sealed class CompareMGNImportFileAgreementTests(EmulatorFixture emulator) : CompareTestBase(emulator), IClassFixture<EmulatorFixture>
{
    public static TheoryData<string> FileNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Files().Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void The_preview_counts_what_the_import_then_reports(string name)
    {
        var region = RegionFor(name);
        Import(region, $"compare/{name}/base.csv", U(Base));
        var reference = Export(region, name);
        var file = Write(name + ".csv", Files()[name]);

        var preview = Compare(file, reference, region);
        var import = Import(region, $"compare/{name}/file.csv", Files()[name]);

        foreach (var (type, counts) in new[] { ("Wave", import.Waves), ("Application", import.Applications), ("Server", import.Servers) })
        {
            var created = preview.Count(l => l.ResourceType == type && l.Action == "Create");
            var modified = preview.Where(l => l.ResourceType == type && l.Action == "Modify").Select(l => l.Id).Distinct().Count();
            Assert.True((counts.CreatedCount, counts.ModifiedCount) == (created, modified),
                $"{type}: the import created {counts.CreatedCount} and modified {counts.ModifiedCount}; the preview said {created} and {modified}");
        }

        Assert.Equal(
            import.Errors.Select(e => (e.RowNumber, e.RawError)),
            preview.Where(l => l.Action == "Fail").Select(l => (l.RowNumber, l.Reason!)));
    }

    [Fact]
    public void The_catalogue_exercises_every_action()
    {
        var actions = new HashSet<string>();
        foreach (var name in new[] { "valid", "processing-errors", "valid-markers" })
        {
            var region = RegionFor("every-" + name);
            Import(region, $"compare/every-{name}/base.csv", U(Base));
            actions.UnionWith(Compare(Write(name + ".csv", Files()[name]), Export(region, "every-" + name), region).Select(l => l.Action));
        }

        Assert.Equal(Enum.GetNames<ImportFileAction>().ToHashSet(), actions);
    }

    // The agreement test's catalogue, and the file whose ids only the import can look up (they do not exist).
    private static IReadOnlyDictionary<string, byte[]> Files() =>
        InventoryCatalogue.Files.Append(new("processing-errors", U(InventoryCatalogue.ProcessingErrors))).ToDictionary(p => p.Key, p => p.Value);

    // A region of the file's own (shaped as AWS regions are), so that each case starts from the base inventory alone.
    private static string RegionFor(string name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        var letters = new string(Enumerable.Range(0, 6).Select(i => (char)('a' + (hash >> (i * 5)) % 26)).ToArray());
        return $"eu-{letters}-{name.Length % 10}";
    }
}
