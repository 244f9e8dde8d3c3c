using System.Text;
using ImportExport.Inventory;

namespace ImportExport.Tests.Inventory;

/// <summary>
/// Issue 24, item 8: the inventory checker (Test-MGNImportFile, Start-MGNImport -Path, the emulator's import) costs
/// what the file's cells cost, however they are shaped. It was quadratic in tag columns: each value of a row searched
/// the row's earlier values for its key, so 16k <c>mgn:server:tag:*</c> columns took 1.25 s, 64k 18 s, and 100k did not
/// finish in a minute.
/// <para>
/// Not a speed target (those are in bench/): the test compares the checker with itself on files of the same cells and
/// the same bytes, 16 rows of 16,384 tag columns against 256 rows of 1,024. Linear work gives a ratio near 1 (up to
/// about 2 on a quiet machine, where a wide row's header and values leave the CPU's caches); work quadratic in columns
/// gives 16. What is compared is the CPU time of the thread that checks (<see cref="ThreadCpuClock"/>),
/// not the time on a clock: on a busy machine a run longer than the scheduler's time slice waits for the CPU, which
/// made 128 rows look 13 times as costly as 64. Each shape runs several times, interleaved, and the fastest run of each
/// counts; the bound of 4 leaves a factor of 2 above the cache effect and of 4 below quadratic work.
/// </para>
/// </summary>
public sealed class InventoryScalingTests
{
    private const int Runs = 5;

    [Fact]
    public void The_same_cells_cost_the_same_whether_they_are_in_many_tag_columns_or_in_many_rows()
    {
        var wide = File(columns: 16_384, rows: 16);
        var tall = File(columns: 1_024, rows: 256);
        Assert.Equal(wide.Length, tall.Length, tolerance: wide.Length / 2);

        var (wideBest, tallBest) = FastestOfEach(wide, tall);

        var ratio = wideBest.TotalMilliseconds / tallBest.TotalMilliseconds;
        Assert.True(ratio < 4.0, $"16 rows of 16,384 tag columns took {ratio:F1} times as long as 256 rows of 1,024 ({wideBest.TotalMilliseconds:F0} ms and {tallBest.TotalMilliseconds:F0} ms): the check is not linear in columns.");
    }

    [Fact]
    public void Four_times_the_rows_cost_about_four_times_as_much()
    {
        var few = File(columns: 2_048, rows: 32);
        var many = File(columns: 2_048, rows: 128);

        var (fewBest, manyBest) = FastestOfEach(few, many);

        var ratio = manyBest.TotalMilliseconds / fewBest.TotalMilliseconds;
        Assert.True(ratio < 8.0, $"128 rows took {ratio:F1} times as long as 32 rows of the same 2,048 columns ({manyBest.TotalMilliseconds:F0} ms and {fewBest.TotalMilliseconds:F0} ms): the check is not linear in rows.");
    }

    [Fact]
    public void Every_row_of_a_file_with_thousands_of_tag_columns_reports_its_tag_count_once()
    {
        var problems = InventoryChecker.Check(File(columns: 4_096, rows: 3)).Problems;

        Assert.Equal([2L, 3L, 4L], problems.Select(p => p.RowNumber));
        Assert.All(problems, p => Assert.Equal(InventoryRule.TagCount, p.Rule));
        Assert.Contains("would have 4096 tags; at most 50 are allowed", problems[0].RawError);
    }

    // Interleaved, after one warm-up each (the JIT), each run after a full collection: the fastest of each shape.
    private static (TimeSpan First, TimeSpan Second) FastestOfEach(byte[] first, byte[] second)
    {
        InventoryChecker.Check(first);
        InventoryChecker.Check(second);
        var (a, b) = (TimeSpan.MaxValue, TimeSpan.MaxValue);
        for (var i = 0; i < Runs; i++)
        {
            a = Min(a, Time(first));
            b = Min(b, Time(second));
        }

        return (a, b);
    }

    private static TimeSpan Time(byte[] file)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var start = ThreadCpuClock.Now();
        var check = InventoryChecker.Check(file);
        var spent = ThreadCpuClock.Now() - start;
        Assert.NotEmpty(check.Problems);
        return spent;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>
    /// A server a row, with <paramref name="columns"/> <c>mgn:server:tag:*</c> columns (more than the 50 tags a server
    /// may have: one TagCount problem a row, as the probe's files had).
    /// </summary>
    private static byte[] File(int columns, int rows)
    {
        var text = new StringBuilder("mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn-for-action-framework");
        for (var c = 0; c < columns; c++)
        {
            text.Append(",mgn:server:tag:k").Append(c);
        }

        text.Append("\r\n");
        for (var r = 0; r < rows; r++)
        {
            text.Append("Wave 1,Billing,web-").Append(r).Append(",Linux,web-").Append(r).Append(".example.com");
            for (var c = 0; c < columns; c++)
            {
                text.Append(",v").Append(c % 10);
            }

            text.Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
