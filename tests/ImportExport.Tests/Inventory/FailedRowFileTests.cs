using System.Text;
using ImportExport.Inventory;

namespace ImportExport.Tests.Inventory;

/// <summary>The failed-row file of an import: the rows its errors name, in file order, with what was wrong first.</summary>
public sealed class FailedRowFileTests
{
    private static readonly byte[] Source = Encoding.UTF8.GetBytes("\uFEFFmgn:server:user-provided-id,mgn:server:platform\r\nweb-01,Linux\r\n\r\n\"web,03\",Solaris\r\nweb-04\r\n");

    private static KeyValuePair<long?, string> Error(long? row, string text) => new(row, text);

    [Fact]
    public void Rows_are_written_in_file_order_with_every_error_of_the_row()
    {
        var result = FailedRowFile.Build(Source, [Error(5, "b"), Error(4, "x"), Error(4, "y")]);

        Assert.Equal(
            "ImportError,mgn:server:user-provided-id,mgn:server:platform\r\nx | y,\"web,03\",Solaris\r\nb,web-04\r\n",
            Encoding.UTF8.GetString(result.Bytes!));
        Assert.Equal(2, result.RowsWritten);
    }

    [Fact]
    public void Errors_of_the_header_or_of_no_row_are_problems_of_the_whole_file()
    {
        var result = FailedRowFile.Build(Source, [Error(1, "header"), Error(null, "file"), Error(2, "row")]);

        Assert.Equal(["header", "file"], result.FileProblems);
        Assert.Equal(1, result.RowsWritten);
    }

    [Fact]
    public void An_error_on_a_row_the_file_does_not_have_builds_nothing()
    {
        var result = FailedRowFile.Build(Source, [Error(2, "a"), Error(6, "b")]);

        Assert.Null(result.Bytes);
        Assert.Equal((6L, 5), (result.RowBeyondFile!.Value, result.RowCount));
    }
}
