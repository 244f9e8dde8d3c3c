using System.Text;
using ImportExport.Inventory;

namespace ImportExport.Tests.Inventory;

/// <summary>
/// Every problem in one pass, and reports a person can act on: values quoted, resources named, conflicts naming both
/// rows, rows as a spreadsheet numbers them (with the line beside), did-you-mean, delimiter and encoding hints, limits.
/// </summary>
public sealed class InventoryReportTests
{
    private const string Head = "mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn-for-action-framework";

    private static IReadOnlyList<ImportFileProblem> Problems(string csv) => InventoryChecker.Check(Encoding.UTF8.GetBytes(csv)).Problems;

    [Fact]
    public void A_row_reports_all_of_its_problems_at_once()
    {
        var problems = Problems(Head + ",mgn:launch:instance-type\r\nWave 1,Billing,web-03,Solaris,,m5.large \r\n");

        Assert.Equal([InventoryRule.AllowedValues, InventoryRule.Value, InventoryRule.ServerAddress], problems.Select(p => p.Rule));
        Assert.All(problems, p => Assert.Equal(2L, p.RowNumber));
        Assert.Equal("mgn:launch:instance-type: 'm5.large ' is not an EC2 instance type (like m5.large) (server 'web-03')", problems[1].RawError);
        Assert.Equal("mgn:server:platform: 'Solaris' is not one of Linux, Windows (server 'web-03')", problems[0].RawError);
    }

    [Fact]
    public void A_conflict_names_the_resource_both_rows_and_both_values()
    {
        var problem = Assert.Single(Problems(Head + "\r\nWave 1,Billing,web-01,Linux,web-01.example.com\r\nWave 1,Billing,web-02,Linux,web-02.example.com\r\nWave 1,Payroll,web-01,Linux,web-01.example.com\r\n"));

        Assert.Equal((4L, "mgn:app:name", "Payroll"), (problem.RowNumber, problem.Column, problem.Value));
        Assert.Equal("mgn:app:name: the server 'web-01' is in application 'Billing' on row 2 and 'Payroll' on row 4; a server belongs to one application", problem.RawError);
    }

    [Fact]
    public void A_property_conflict_quotes_both_values_with_their_rows()
    {
        var problem = Assert.Single(Problems(Head + "\r\nWave 1,Billing,web-01,Linux,web-01.example.com\r\nWave 1,Billing,web-01,Windows,web-01.example.com\r\n"));

        Assert.Equal("mgn:server:platform: the server 'web-01' has 'Linux' on row 2 and 'Windows' on row 3; rows about one server must not give different values", problem.RawError);
    }

    [Fact]
    public void Rows_are_numbered_as_a_spreadsheet_shows_them_with_the_line_beside_after_a_cell_across_lines()
    {
        var problems = Problems("mgn:wave:name,mgn:wave:description\r\nWave 1,\"two\r\nlines\"\r\n\r\nWave 2,ok\r\nWave 3," + new string('d', 601) + "\r\n");

        var problem = Assert.Single(problems);
        Assert.Equal((5L, 6L), (problem.RowNumber, problem.Line));
    }

    [Fact]
    public void An_unknown_mgn_column_says_which_one_was_meant_and_does_not_hide_the_rows_problems()
    {
        var check = InventoryChecker.Check(Encoding.UTF8.GetBytes("mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn\r\nWave 1,Billing,web-01,Solaris,web-01.example.com\r\n"));

        Assert.True(check.FileRejected);
        Assert.Equal([(1L, InventoryRule.UnknownColumn), (2L, InventoryRule.AllowedValues), (2L, InventoryRule.ServerAddress)], check.Problems.Select(p => (p.RowNumber, p.Rule)));
        Assert.Equal("'mgn:server:fqdn' is not an inventory column; did you mean mgn:server:fqdn-for-action-framework?", check.Problems[0].RawError);
    }

    [Theory]
    [InlineData(';', "';'")]
    [InlineData('\t', "tabs")]
    public void A_file_separated_by_semicolons_or_tabs_says_so(char delimiter, string named)
    {
        var problem = Assert.Single(Problems(Head.Replace(',', delimiter) + "\r\n" + "Wave 1,Billing,web-01,Linux,web-01.example.com".Replace(',', delimiter) + "\r\n"));

        Assert.Equal((1L, InventoryRule.Delimiter), (problem.RowNumber, problem.Rule));
        Assert.Contains($"separated by {named}", problem.RawError);
        Assert.Contains("commas", problem.RawError);
    }

    [Theory]
    [InlineData(1252, "code page 1252", "-Encoding 1252")]
    [InlineData(850, "code page 850", "-Encoding 850")]
    public void A_file_in_a_Windows_code_page_names_the_row_and_byte_and_the_encoding_to_try(int codePage, string named, string advice)
    {
        var encoding = CodePages.Get(codePage);
        var bytes = encoding.GetBytes(Head + "\r\nWave 1,Billing,web-01,Linux,web-01.example.com\r\nWave 1,Zürich,web-02,Linux,web-02.example.com\r\n");

        var problem = Assert.Single(InventoryChecker.Check(bytes).Problems);

        var at = Array.IndexOf(bytes, encoding.GetBytes("ü")[0]);
        Assert.Equal(InventoryRule.NotCsv, problem.Rule);
        Assert.Contains($"row 3, byte {at + 1} (0x{bytes[at]:X2}) is not UTF-8", problem.RawError);
        Assert.Contains(named, problem.RawError);
        Assert.Contains(advice, problem.RawError);
    }

    [Fact]
    public void Problems_past_the_cap_are_counted_not_listed()
    {
        var text = new StringBuilder(Head + "\r\n");
        for (var i = 0; i < InventoryChecker.MaxProblems + 250; i++)
        {
            text.Append("Wave 1,Billing,web-").Append(i).Append(",Solaris,web.example.com\r\n");
        }

        var problems = Problems(text.ToString());

        Assert.Equal(InventoryChecker.MaxProblems + 1, problems.Count);
        var last = problems.Single(p => p.Rule == InventoryRule.TooManyProblems);
        Assert.Contains($"the first {InventoryChecker.MaxProblems} are listed, 250 more are not", last.RawError);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_one_problem_naming_the_limit()
    {
        var check = InventoryChecker.Check(new byte[InventoryChecker.MaxFileBytes + 1]);

        var problem = Assert.Single(check.Problems);
        Assert.True(check.FileRejected);
        Assert.Equal((InventoryRule.FileTooLarge, InventoryRule.ProcessingError), (problem.Rule, problem.ErrorType));
        Assert.Contains("33,554,432 bytes (32 MiB)", problem.RawError);
    }

    [Fact]
    public void A_server_tag_and_an_instance_tag_with_the_same_key_are_both_kept()
    {
        var row = InventoryChecker.Check(Encoding.UTF8.GetBytes(Head + ",mgn:server:tag:Name,mgn:launch:tag:instance:Name\r\nW,A,web-01,Linux,web-01.example.com,source,target\r\n")).Rows.Single();

        Assert.Equal("source", row.Server!.Tags["Name"]);
        Assert.Equal("target", row.Server.Properties["mgn:launch:tag:instance:Name"]);
    }
}
