using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.GetMGNImportError;

/// <summary>Get-MGNImportError as a user runs it: flat rows from the pipeline, paged, -First and -Skip.</summary>
public sealed class GetMGNImportErrorTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    [Fact]
    public void Errors_of_an_import_come_as_flat_rows_from_the_pipeline()
    {
        var id = StartImports(1, "imports/inventory.csv").Single();
        Emulator.State.AdvanceImport(id, "SUCCEEDED");
        PS.SetVariable("id", id);

        var result = RunClean("Get-MGNImport -ImportId $id @aws | Get-MGNImportError @aws");

        var errors = result.OutputOf<ImportError>();
        Assert.Equal(4, errors.Count);
        Assert.All(errors, e => Assert.Equal(id, e.ImportId));
        Assert.Equal([2L, 3L, 5L, 6L], errors.Select(e => e.RowNumber!.Value));
        Assert.Contains(errors, e => e.ErrorType == "PROCESSING_ERROR" && e.SourceServerId is not null && e.ApplicationId is not null);
        Assert.All(errors, e => Assert.IsType<DateTime>(e.ErrorDateTime!.Value));

        // The columns Export-Csv writes, in this order.
        Assert.Equal(
            ["ImportId", "RowNumber", "ErrorType", "RawError", "AccountId", "ApplicationId", "SourceServerId", "WaveId", "Ec2LaunchTemplateId", "ErrorDateTime", "ErrorDateTimeUtc"],
            result.Output[0].Properties.Select(p => p.Name));
    }

    // -Skip (SupportsPaging, PagingWindow): an off-by-one skip (N-1 items skipped instead of N, or the skip counted per
    // page instead of across pages) passed the whole suite until this test and its twin in GetMGNImportTests.
    [Theory]
    [InlineData(1, null, new long[] { 3, 5, 6 })]
    [InlineData(3, null, new long[] { 6 })]
    [InlineData(2, 1, new long[] { 5 })]
    [InlineData(4, null, new long[0])]
    public void Skip_skips_exactly_that_many_import_errors_across_pages(int skip, int? first, long[] rows)
    {
        // imports/inventory.csv: four row errors, rows 2, 3, 5 and 6.
        var id = StartImports(1, "imports/inventory.csv").Single();
        Emulator.State.AdvanceImport(id, "SUCCEEDED");
        PS.SetVariable("id", id);
        var firstParameter = first is null ? string.Empty : $"-First {first}";

        var result = RunClean($"Get-MGNImportError -ImportId $id -PageSize 1 -Skip {skip} {firstParameter} @aws");

        Assert.Equal(rows, result.OutputOf<ImportError>().Select(e => e.RowNumber!.Value));
    }

    [Fact]
    public void Skip_counts_across_the_imports_whose_errors_are_listed()
    {
        var ids = StartImports(2, "imports/inventory.csv");
        ids.ForEach(i => Emulator.State.AdvanceImport(i, "SUCCEEDED"));
        PS.SetVariable("ids", ids.ToArray());

        var result = RunClean("Get-MGNImportError -ImportId $ids -PageSize 3 -Skip 5 @aws");

        // 4 errors each: the first import's four and the second's first one are skipped.
        var errors = result.OutputOf<ImportError>();
        Assert.All(errors, e => Assert.Equal(ids[1], e.ImportId));
        Assert.Equal([3L, 5L, 6L], errors.Select(e => e.RowNumber!.Value));
    }

    [Fact]
    public void Errors_are_paged_and_First_stops_early()
    {
        var id = StartImports(1, "imports/inventory.csv").Single();
        Emulator.State.AdvanceImport(id, "SUCCEEDED");
        PS.SetVariable("id", id);
        var before = RequestCount("ListImportErrors");

        var all = RunClean("Get-MGNImportError -ImportId $id -PageSize 1 @aws");
        Assert.Equal(4, all.OutputOf<ImportError>().Count);
        Assert.Equal(before + 4, RequestCount("ListImportErrors"));

        var two = RunClean("Get-MGNImportError -ImportId $id -PageSize 1 -First 2 @aws");
        Assert.Equal(2, two.OutputOf<ImportError>().Count);
        Assert.Equal(before + 6, RequestCount("ListImportErrors"));
    }

    // Issue 23, item 4: an import with 4 errors, -First 1 -IncludeTotalCount once said "Total count: 1".
    [Theory]
    [InlineData("", 1.0, "Total count: 4")]
    [InlineData("-PageSize 2", 0.0, "Unknown total count")]
    public void IncludeTotalCount_with_First_is_exact_only_when_every_page_was_read(string pageSize, double accuracy, string shown)
    {
        var id = StartImports(1, "imports/inventory.csv").Single();
        Emulator.State.AdvanceImport(id, "SUCCEEDED");
        PS.SetVariable("id", id);

        var total = RunClean($"$total = @(Get-MGNImportError -ImportId $id -First 1 {pageSize} -IncludeTotalCount @aws)[0]; [double]$total.Accuracy; $total.ToString()").Output;

        Assert.Equal(accuracy, total[0].BaseObject);
        Assert.Equal(shown, total[1].BaseObject);
    }
}

