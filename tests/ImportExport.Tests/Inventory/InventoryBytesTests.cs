using System.Text;
using ImportExport.Inventory;

namespace ImportExport.Tests.Inventory;

/// <summary>
/// The checker reads a file's bytes directly (UTF-8 checked up front, each field decoded on its own, a field equal
/// to the previous row's reusing its string, one row object reused when rows are not kept): these pin what that
/// must not change.
/// </summary>
public sealed class InventoryBytesTests
{
    private const string Head = "mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn-for-action-framework";

    private static byte[] U(string text) => Encoding.UTF8.GetBytes(text);

    private static string NotCsvReason(byte[] bytes)
    {
        var check = InventoryChecker.Check(bytes);
        Assert.True(check.FileRejected);
        return Assert.Single(check.Problems).RawError;
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_after_valid_rows_reject_the_file()
    {
        byte[] bytes = [.. U(Head + "\r\nWave 1,Billing,web-01,Linux,web-01.example.com\r\nWave 1,"), 0xC3, 0x28, .. U(",web-02,Linux,x\r\n")];

        Assert.StartsWith("The file is not a CSV inventory file: the file is not UTF-8 text: row 3, byte " + (Array.IndexOf(bytes, (byte)0xC3) + 1) + " (0xC3) is not UTF-8", NotCsvReason(bytes));
    }

    [Theory]
    [InlineData(new byte[] { 0xE2, 0x82 })]             // a character cut off at the end
    [InlineData(new byte[] { 0xC0, 0x80 })]             // an overlong NUL
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]       // a UTF-16 surrogate
    [InlineData(new byte[] { 0x00, 0xFF })]             // NUL and an invalid byte: not UTF-8 comes first
    public void Every_kind_of_invalid_UTF_8_is_not_UTF_8(byte[] tail)
    {
        byte[] bytes = [.. U(Head + "\r\nWave 1,B,web-01,Linux,x"), .. tail];
        var first = tail[0] == 0 ? 1 : 0;
        Assert.StartsWith($"The file is not a CSV inventory file: the file is not UTF-8 text: row 2, byte {bytes.Length - tail.Length + first + 1} (0x{tail[first]:X2}) is not UTF-8", NotCsvReason(bytes));
    }

    [Fact]
    public void A_NUL_after_a_byte_order_mark_is_binary_data()
    {
        Assert.EndsWith("the file contains NUL characters (binary data).", NotCsvReason([0xEF, 0xBB, 0xBF, .. U(Head + "\r\nWave 1,\0,web-01,Linux,x\r\n")]));
    }

    [Fact]
    public void An_unclosed_quote_names_its_line_counting_line_feeds_after_the_byte_order_mark()
    {
        Assert.EndsWith("the quoted field that starts on line 4 is never closed.", NotCsvReason([0xEF, 0xBB, 0xBF, .. U(Head + "\n\nWave 1,B,web-01,Linux,x\r\nW,\"B\nx,web-02,Linux,y\n")]));
    }

    [Fact]
    public void CRLF_and_LF_records_read_alike_and_a_CR_alone_stays_in_the_field()
    {
        var crlf = CsvDocument.Parse(U("a,b\r\nc,d\re\r\n"));
        var lf = CsvDocument.Parse(U("a,b\nc,d\re\n"));

        Assert.Equal(crlf.Records.Select(r => string.Join("|", r.Fields)), lf.Records.Select(r => string.Join("|", r.Fields)));
        Assert.Equal("d\re", crlf.Records[1].Fields[1]);
    }

    [Fact]
    public void A_quoted_field_across_lines_with_doubled_quotes_and_letters_outside_ASCII_is_one_field()
    {
        var record = CsvDocument.Parse([0xEF, 0xBB, 0xBF, .. U("h,i\n\"été\n\"\"日本\"\"\"x,z\n")]).Records[1];

        Assert.Equal(["été\n\"日本\"x", "z"], record.Fields);
        Assert.Equal("text follows the closing quote of a field", record.Defect);
    }

    [Fact]
    public void A_value_that_differs_from_the_row_before_only_in_its_last_letter_is_read_as_written()
    {
        var problem = Assert.Single(InventoryChecker.Check(U(Head + "\r\nW,A,s1,Linux,h1\r\nW,A,s2,Linux,h2\r\nW,A,s3,Linuy,h3\r\n")).Problems);

        Assert.Equal((4, "Linuy"), (problem.RowNumber, problem.Value));
    }

    [Fact]
    public void A_row_does_not_inherit_what_the_row_before_said()
    {
        var check = InventoryChecker.Check(U(Head + "\r\nW,A,s1,Linux,h1.example.com\r\nW,A,s2,Linux,\r\n"));

        var problem = Assert.Single(check.Problems);
        Assert.Equal((3, InventoryRule.ServerAddress), (problem.RowNumber, problem.Rule));
    }

    [Fact]
    public void The_accepted_rows_are_each_their_own_object()
    {
        var rows = InventoryChecker.Check(U(Head + "\r\nW,A,s1,Linux,h1\r\nW,B,s2,Windows,h2\r\n")).Rows;

        Assert.Equal(["s1", "s2"], rows.Select(r => r.Server!.Name));
        Assert.Equal(["Linux", "Windows"], rows.Select(r => r.Server!.Properties["mgn:server:platform"]));
        Assert.Equal(["A", "B"], rows.Select(r => r.Application!.Name));
    }
}
