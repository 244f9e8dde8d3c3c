using System.Management.Automation;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.GetMGNImport;

/// <summary>Get-MGNImport as a user runs it: every import across pages, -ImportId, -First and -Skip.</summary>
public sealed class GetMGNImportTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    private List<RecordedListImports> ListImportsRequestsSince(long sequence) =>
        Emulator.State.Requests.Where(r => r.Operation == "ListImports" && r.Sequence > sequence)
            .Select(r => new RecordedListImports(
                r.Parameters.TryGetValue("filters", out var f) && f is Dictionary<string, object?> filters && filters["importIDs"] is List<object?> ids ? ids.Count : 0,
                r.Parameters.TryGetValue("maxResults", out var max) ? Convert.ToInt32(max) : null))
            .ToList();

    private long LastSequence => Emulator.State.Requests.LastOrDefault()?.Sequence ?? 0;

    private sealed record RecordedListImports(int FilterCount, int? MaxResults);

    [Fact]
    public void Lists_every_import_across_pages()
    {
        var started = StartImports(5);
        var since = LastSequence;

        var result = RunClean("Get-MGNImport -PageSize 2 @aws");

        var listed = result.OutputOf<ImportTask>().Select(t => t.ImportId).ToList();
        Assert.Superset(started.ToHashSet(), listed.ToHashSet()!);
        Assert.Equal(listed.Distinct().Count(), listed.Count);
        var requests = ListImportsRequestsSince(since);
        Assert.Equal((listed.Count + 1) / 2, requests.Count);
        Assert.All(requests, r => Assert.Equal(2, r.MaxResults));
    }

    [Fact]
    public void First_stops_requesting_pages_once_enough_imports_are_out()
    {
        StartImports(5);
        var since = LastSequence;

        var result = RunClean("Get-MGNImport -PageSize 2 -First 3 @aws");

        Assert.Equal(3, result.OutputOf<ImportTask>().Count);
        Assert.Equal(2, ListImportsRequestsSince(since).Count);
    }

    [Fact]
    public void ImportId_asks_for_ten_ids_per_request_and_returns_just_those()
    {
        var started = StartImports(12);
        PS.SetVariable("ids", started.ToArray());
        var since = LastSequence;

        var result = RunClean("$ids | Get-MGNImport @aws");

        Assert.Equal(started.Order(), result.OutputOf<ImportTask>().Select(t => t.ImportId!).Order());
        Assert.Equal([10, 2], ListImportsRequestsSince(since).Select(r => r.FilterCount));
    }

    [Fact]
    public void An_unknown_import_id_is_an_error_and_the_known_ones_are_listed()
    {
        var started = StartImports(1);
        PS.SetVariable("ids", new[] { started[0], "import-00000000000000000" });

        var result = PS.Run("Get-MGNImport -ImportId $ids @aws");

        Assert.Equal(started, result.OutputOf<ImportTask>().Select(t => t.ImportId!));
        var error = Assert.Single(result.Errors);
        Assert.Equal("ImportNotFound,ImportExport.Cmdlets.GetMGNImportCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("import-00000000000000000", error.TargetObject);
    }

    [Fact]
    public void A_malformed_import_id_is_refused_before_any_request()
    {
        var since = LastSequence;

        var result = PS.Run("Get-MGNImport -ImportId 'import-1' @aws");

        var error = Assert.Single(result.AllErrors);
        Assert.Equal("ParameterArgumentValidationError,ImportExport.Cmdlets.GetMGNImportCommand", error.FullyQualifiedErrorId);
        Assert.Contains("'import-1'", error.Exception.Message);
        Assert.Contains("17 letters or digits", error.Exception.Message);
        Assert.Empty(result.Output);
        Assert.Empty(ListImportsRequestsSince(since));
    }

    // -Skip (SupportsPaging, PagingWindow): an off-by-one skip (N-1 items skipped instead of N, or the skip counted per
    // page instead of across pages) passed the whole suite until this test and its twin in GetMGNImportErrorTests.
    [Theory]
    [InlineData(1, null)]
    [InlineData(2, null)]
    [InlineData(3, 1)]
    [InlineData(1, 3)]
    public void Skip_skips_exactly_that_many_imports_across_pages(int skip, int? first)
    {
        StartImports(5);
        var all = RunClean("Get-MGNImport -PageSize 2 @aws").OutputOf<ImportTask>().Select(t => t.ImportId!).ToList();
        Assert.True(all.Count >= 5);
        var firstParameter = first is null ? string.Empty : $"-First {first}";

        var result = RunClean($"Get-MGNImport -PageSize 2 -Skip {skip} {firstParameter} @aws");

        var expected = all.Skip(skip).Take(first ?? int.MaxValue).ToList();
        Assert.Equal(expected, result.OutputOf<ImportTask>().Select(t => t.ImportId!));
    }

    // Issue 23, item 4: Get-MGNImport -First 1 -IncludeTotalCount once said "Total count: 1" whatever the listing held.
    [Fact]
    public void IncludeTotalCount_with_First_counts_every_import_of_the_pages_read()
    {
        StartImports(3);
        var all = RunClean("Get-MGNImport @aws").OutputOf<ImportTask>().Count;

        var exact = RunClean("@(Get-MGNImport -First 1 -IncludeTotalCount @aws)[0].ToString()").Output.Single().BaseObject;
        var unknown = RunClean("@(Get-MGNImport -First 1 -PageSize 1 -IncludeTotalCount @aws)[0].ToString()").Output.Single().BaseObject;

        Assert.Equal($"Total count: {all}", exact);
        Assert.Equal("Unknown total count", unknown);
    }
}

