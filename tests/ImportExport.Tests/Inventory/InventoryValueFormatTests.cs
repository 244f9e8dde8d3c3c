using System.Text;
using ImportExport.Inventory;

namespace ImportExport.Tests.Inventory;

/// <summary>
/// The value formats are checked by hand, not by regex; these pin the cases where the regex's answer was not the
/// obvious one: characters outside ASCII (the hand check hands them to the regex) and a final line feed in a
/// quoted value, which .NET's <c>$</c> accepts.
/// </summary>
public sealed class InventoryValueFormatTests
{
    private const string Head = "mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:fqdn-for-action-framework";

    private static IReadOnlyList<ImportFileProblem> Check(string row) =>
        InventoryChecker.Check(Encoding.UTF8.GetBytes(Head + "\r\n" + row + "\r\n")).Problems;

    [Fact]
    public void A_name_with_letters_outside_ASCII_is_a_name()
    {
        Assert.Empty(Check("Vague été,Facturation,web-01,web-01.example.com"));
    }

    [Fact]
    public void A_name_with_a_no_break_space_is_not()
    {
        var problem = Assert.Single(Check("Wave\u00a01,Billing,web-01,web-01.example.com"));

        Assert.Equal((InventoryRule.Name, "mgn:wave:name"), (problem.Rule, problem.Column));
    }

    [Fact]
    public void A_quoted_value_ending_in_one_line_feed_passes_the_format_checks_as_before()
    {
        var check = InventoryChecker.Check(Encoding.UTF8.GetBytes("mgn:account-id," + Head + "\r\n\"123456789012\n\",\"Wave 1\n\",Billing,web-01,web-01.example.com\r\n"));

        Assert.Empty(check.Problems);
        Assert.Equal("123456789012\n", Assert.Single(check.Rows).AccountId);
    }
}
