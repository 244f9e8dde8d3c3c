using System.Text;
using ImportExport.Inventory;
using ImportExport.Tests.Infrastructure;
using ImportExport.Tests.Inventory;

namespace ImportExport.Tests.Cmdlets.TestMGNImportFile;

/// <summary>Test-MGNImportFile as a user runs it: paths, wildcards, the pipeline, -Quiet, the problem objects, errors.</summary>
public sealed class TestMGNImportFileTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    private string Write(string name, string text)
    {
        var path = Path.Combine(Scratch, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void A_valid_file_has_no_output_and_Quiet_says_true()
    {
        Write("wave1.csv", InventoryCatalogue.Valid);

        Assert.Empty(RunClean("Test-MGNImportFile -Path ($dir + '/wave1.csv')").Output);
        Assert.Equal(true, RunClean("Test-MGNImportFile ($dir + '/wave1.csv') -Quiet").Output.Single().BaseObject);
    }

    [Fact]
    public void Every_problem_is_an_object_with_file_row_column_value_rule_and_error_type()
    {
        var path = Write("warn.csv", InventoryCatalogue.Warn);

        var problems = RunClean("Test-MGNImportFile -Path ($dir + '/warn.csv')").OutputOf<ImportFileProblem>();

        Assert.Equal([5L, 6L], problems.Select(p => p.RowNumber));
        var platform = problems[0];
        Assert.Equal((path, "mgn:server:platform", "Solaris", InventoryRule.AllowedValues, "VALIDATION_ERROR"), (platform.File, platform.Column, platform.Value, platform.Rule, platform.ErrorType));
        Assert.Contains("Linux, Windows", platform.RawError);
        Assert.Equal(false, RunClean("Test-MGNImportFile -Path ($dir + '/warn.csv') -Quiet").Output.Single().BaseObject);
    }

    [Fact]
    public void Wildcards_and_the_pipeline_of_files_check_each_file()
    {
        Write("a.csv", InventoryCatalogue.Valid);
        Write("b.csv", InventoryCatalogue.Warn);
        Write("c [1].csv", InventoryCatalogue.BadHeader);

        var byWildcard = RunClean("Test-MGNImportFile -Path ($dir + '/*.csv') -Quiet").Output.Select(o => o.BaseObject);
        var piped = RunClean("[System.IO.DirectoryInfo]::new($dir).GetFiles('*.csv') | Test-MGNImportFile").OutputOf<ImportFileProblem>();

        Assert.Equal([true, false], byWildcard.Take(2));
        Assert.Equal(3, byWildcard.Count());
        Assert.Equal(4, piped.Count(p => p.File!.EndsWith("c [1].csv", StringComparison.Ordinal) && p.RowNumber == 1));
        Assert.Equal(2, piped.Count(p => p.File!.EndsWith("b.csv", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_file_that_is_not_csv_is_one_processing_error()
    {
        File.WriteAllBytes(Path.Combine(Scratch, "image.csv"), InventoryCatalogue.NotCsv);

        var problem = RunClean("Test-MGNImportFile -LiteralPath ($dir + '/image.csv')").OutputOf<ImportFileProblem>().Single();

        Assert.Equal((0L, "PROCESSING_ERROR", InventoryRule.NotCsv), (problem.RowNumber, problem.ErrorType, problem.Rule));
        Assert.Contains("is not a CSV inventory file", problem.RawError);
    }

    [Fact]
    public void A_missing_file_is_an_error_record_and_the_other_files_are_checked()
    {
        Write("ok.csv", InventoryCatalogue.Valid);

        var result = PS.Run("Test-MGNImportFile -Path ($dir + '/nowhere.csv'), ($dir + '/none*.csv'), ($dir + '/ok.csv') -Quiet");

        Assert.Equal([true], result.Output.Select(o => o.BaseObject));
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal("ImportFileNotFound,ImportExport.Cmdlets.TestMGNImportFileCommand", e.FullyQualifiedErrorId));
        Assert.Contains("nowhere.csv", result.Errors[0].Exception.Message);
    }

    [Fact]
    public void A_folder_is_an_error_that_says_so()
    {
        var result = PS.Run("Test-MGNImportFile -LiteralPath $dir");

        Assert.Equal("ImportFileIsFolder,ImportExport.Cmdlets.TestMGNImportFileCommand", Assert.Single(result.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void A_file_saved_in_code_page_1252_or_850_says_which_Encoding_to_try_and_passes_with_it()
    {
        var text = InventoryCatalogue.Valid.Replace("Payroll", "Zürich", StringComparison.Ordinal);
        File.WriteAllBytes(Path.Combine(Scratch, "w1252.csv"), CodePages.Get(1252).GetBytes(text));
        File.WriteAllBytes(Path.Combine(Scratch, "w850.csv"), CodePages.Get(850).GetBytes(text));

        var without = RunClean("Test-MGNImportFile -LiteralPath ($dir + '/w1252.csv'), ($dir + '/w850.csv')").OutputOf<ImportFileProblem>();
        var with = RunClean("Test-MGNImportFile -LiteralPath ($dir + '/w1252.csv') -Encoding 1252; Test-MGNImportFile -LiteralPath ($dir + '/w850.csv') -Encoding ibm850").Output;

        Assert.Equal([InventoryRule.NotCsv, InventoryRule.NotCsv], without.Select(p => p.Rule));
        Assert.Contains("row 4, byte", without[0].RawError);
        Assert.Contains("-Encoding 1252", without[0].RawError);
        Assert.Contains("-Encoding 850", without[1].RawError);
        Assert.Empty(with);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_not_read_and_is_one_problem()
    {
        var path = Path.Combine(Scratch, "huge.csv");
        using (var stream = File.Create(path))
        {
            stream.SetLength(InventoryChecker.MaxFileBytes + 1L);
        }

        var problem = RunClean("Test-MGNImportFile -LiteralPath ($dir + '/huge.csv')").OutputOf<ImportFileProblem>().Single();

        Assert.Equal((InventoryRule.FileTooLarge, path), (problem.Rule, problem.File));
    }
}
