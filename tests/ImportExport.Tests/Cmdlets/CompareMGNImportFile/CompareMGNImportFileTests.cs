using System.Management.Automation;
using ImportExport.Inventory;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Cmdlets.CompareMGNImportFile;

/// <summary>Compare-MGNImportFile -ReferencePath as a user runs it: the lines of each action, what is sent (nothing), bad references.</summary>
public sealed class CompareMGNImportFileTests(EmulatorFixture emulator) : CompareTestBase(emulator), IClassFixture<EmulatorFixture>
{
    private const string Region = "ap-northeast-3";

    private const string Edit = "mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:fqdn-for-action-framework,mgn:server:tag:Owner,mgn:launch:instance-type,mgn:server:platform\r\n" +
        "Wave 1,Billing,web-01,web-01.old.example.com,alice,m5.xlarge,\r\n" +
        "Wave 1,Billing,web-02,web-02.corp.example.com,,,\r\n" +
        "Wave 1,Billing,web-03,web-03.corp.example.com,,,\r\n" +
        "Wave 1,Payroll,db-01,db-01.corp.example.com,[DELETE_TAG],,Solaris\r\n";

    private string Reference()
    {
        Import(Region, "compare/base.csv", U(Base));
        return Export(Region, "compare-behaviour");
    }

    [Fact]
    public void Each_resource_is_a_line_and_a_modified_one_a_line_per_changed_value_with_both_values()
    {
        var reference = Reference();
        var lines = Compare(Write("edit.csv", U(Edit)), reference, Region);
        var web01 = Emulator.State.GetInventory(EmulatorFixture.AccountId, Region).Servers.Single(s => s.Name == "web-01");

        Assert.Equal(
            [
                ("Unchanged", "Wave", "Wave 1", 2L, (string?)null),
                ("Unchanged", "Application", "Billing", 2L, null),
                ("Modify", "Server", "web-01", 2L, "mgn:launch:instance-type"),
                ("Unchanged", "Server", "web-02", 3L, null),
                ("Create", "Server", "web-03", 4L, null),
                ("Fail", "Server", null, 5L, "mgn:server:platform"),
            ],
            lines.Select(l => (l.Action, l.ResourceType!, l.Name, l.RowNumber, l.Property)));
        var modify = lines[2];
        Assert.Equal((web01.Id, "m5.large", "m5.xlarge"), (modify.Id!, modify.CurrentValue!, modify.NewValue!));
        Assert.Null(lines[4].Id);
        Assert.All(lines, l => Assert.Equal(Path.Combine(Scratch, "edit.csv"), l.File));
    }

    [Fact]
    public void A_failing_row_carries_the_reason_in_Test_MGNImportFile_s_words()
    {
        var reference = Reference();
        var file = Write("edit.csv", U(Edit));
        PS.SetVariable("file", file);

        var fail = Compare(file, reference, Region).Single(l => l.Action == "Fail");
        var problem = RunClean("Test-MGNImportFile -LiteralPath $file").OutputOf<ImportFileProblem>().Single();

        Assert.Equal((problem.RowNumber, problem.RawError, problem.ErrorType, problem.Rule, problem.Value), (fail.RowNumber, fail.Reason!, fail.ErrorType!, fail.Rule!, fail.NewValue));
    }

    [Fact]
    public void Moving_a_server_and_retagging_show_as_values_and_the_view_shows_both_sides()
    {
        var reference = Reference();
        var file = Write("move.csv", U("mgn:app:name,mgn:server:user-provided-id,mgn:server:fqdn-for-action-framework,mgn:server:tag:Owner\r\nPayroll,web-02,web-02.corp.example.com,dave\r\n"));
        PS.SetVariable("file", file);
        PS.SetVariable("reference", reference);
        PS.SetVariable("region", Region);

        var lines = Compare(file, reference, Region).Where(l => l.Action == "Modify").Select(l => (l.Property, l.CurrentValue, l.NewValue));
        var table = PS.RunToText("Compare-MGNImportFile -LiteralPath $file -ReferencePath $reference -Region $region");

        Assert.Equal([("mgn:app:name", "Billing", "Payroll"), ("mgn:server:tag:Owner", "bob", "dave")], lines);
        Assert.Contains("'bob' -> 'dave'", table);
    }

    [Fact]
    public void Nothing_is_sent_and_no_credentials_are_needed_with_a_reference()
    {
        var reference = Reference();
        var file = Write("edit.csv", U(Edit));
        PS.SetVariable("file", file);
        PS.SetVariable("reference", reference);
        var before = Emulator.State.Requests.Count;

        var lines = RunClean("Compare-MGNImportFile -LiteralPath $file -ReferencePath $reference -ProfileName no-such-profile").OutputOf<ImportFileChange>();

        Assert.Equal(6, lines.Count);
        Assert.Equal(before, Emulator.State.Requests.Count);
    }

    [Fact]
    public void A_reference_that_is_not_an_export_stops_the_command_naming_the_row()
    {
        var reference = Write("not-export.csv", U(Base));
        PS.SetVariable("file", Write("edit.csv", U(Edit)));
        PS.SetVariable("reference", reference);

        var result = PS.Run("Compare-MGNImportFile -LiteralPath $file -ReferencePath $reference");

        Assert.Empty(result.Output);
        var error = Assert.Single(result.AllErrors);
        Assert.Equal(("ReferenceNotAnExport", ErrorCategory.InvalidData, (object)reference), (error.FullyQualifiedErrorId.Split(',')[0], error.CategoryInfo.Category, error.TargetObject));
        Assert.Contains("row 2: the row gives no mgn:account-id or no mgn:region", error.Exception.Message);
    }

    [Fact]
    public void A_reference_of_another_region_than_Region_stops_the_command()
    {
        var reference = Reference();
        PS.SetVariable("file", Write("edit.csv", U(Edit)));
        PS.SetVariable("reference", reference);

        var error = Assert.Single(PS.Run("Compare-MGNImportFile -LiteralPath $file -ReferencePath $reference -Region eu-west-3").AllErrors);

        Assert.Equal("ReferenceRegionMismatch", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains($"an export of {Region}, and -Region is eu-west-3", error.Exception.Message);
    }

    [Fact]
    public void A_missing_reference_is_an_error_naming_it()
    {
        PS.SetVariable("file", Write("edit.csv", U(Edit)));

        var error = Assert.Single(PS.Run("Compare-MGNImportFile -LiteralPath $file -ReferencePath ($dir + '/nowhere.csv') -Region eu-west-1").AllErrors);

        Assert.Equal("ReferenceFileNotFound", error.FullyQualifiedErrorId.Split(',')[0]);
    }
}
