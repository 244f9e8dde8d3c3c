using System.Text;
using ImportExport.Inventory;

namespace ImportExport.Tests.Inventory;

/// <summary>
/// Issue 24: the fuzzing that found the manifest crash, over the inventory checker too (Test-MGNImportFile,
/// Start-MGNImport -Path and the emulator's import share it). A fixed seed and count, a few seconds: every mutated
/// file gets a check, never an exception, and every problem is one a person can read and a script can sort: a known
/// rule and error type, a row that exists, a column that is named when given, a message without .NET text, at most
/// <see cref="InventoryChecker.MaxProblems"/> listed.
/// </summary>
public sealed class InventoryFuzzTests
{
    private const int Seed = 24;
    private const int Count = 3000;

    private static readonly string[] Samples =
    [
        InventoryCatalogue.Valid,
        InventoryCatalogue.Warn,
        "mgn:wave:id,mgn:wave:name,mgn:app:id,mgn:app:name,mgn:app:tag:Team,mgn:server:id,mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn-for-action-framework,mgn:server:tag:Owner,mgn:launch:instance-type,mgn:launch:tag:instance:Name,mgn:launch:volume:c:0:type,mgn:server:lifecycle-state\r\n" +
        "wave-1234567890abcdef0,Wave 1,app-1234567890abcdef0,Billing,blue,s-1234567890abcdef0,web-01,Windows,web-01.corp.example.com,ops,m5.large,web,gp3,READY_FOR_TEST\r\n" +
        ",Wave 2,,Payroll,[DELETE_TAG],,db-01,Linux,db-01.corp.example.com,[RESET_VALUE],[RESET_VALUE],,io2,\r\n",
        "mgn:account-id,mgn:region,mgn:wave:name,mgn:wave:description,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform,mgn:server:private-ip:0\r\n" +
        "111122223333,eu-west-1,\"Wave, quoted\",\"a \"\"long\"\" description\",Billing,web-01,Linux,10.0.0.1\r\n",
    ];

    // What CSV and the inventory rules give meaning to, and what breaks them.
    private static readonly string[] Fragments =
    [
        ",", ",,", "\"", "\"\"", "\r\n", "\n", "\r", ";", "\t", " ", "\uFEFF", "\0", "\u00e9", "\u2028", "=", ":", "mgn:", "mgn:server:tag:",
        "mgn:server:tag:aws:x", "mgn:launch:volume::type", "mgn:wave:name", "mgn:server:id", "[RESET_VALUE]", "[DELETE_TAG]", "[", "]",
        "wave-", "s-", "app-1234567890abcdef0", "999999999999", "us-gov-west-1", "Solaris", "\"a\nb\"", new string('x', 700), "\r\n\r\n",
    ];

    private static readonly HashSet<string> Rules = typeof(InventoryRule).GetFields()
        .Where(f => f.IsLiteral && f.Name is not nameof(InventoryRule.ValidationError) and not nameof(InventoryRule.ProcessingError))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_mutated_inventory_file_gets_a_check_whose_problems_are_well_formed()
    {
        var random = new Random(Seed);
        var withProblems = 0;
        for (var i = 0; i < Count; i++)
        {
            var bytes = Mutate(Samples[random.Next(Samples.Length)], random);

            InventoryCheck check;
            try
            {
                check = InventoryChecker.Check(bytes);
                _ = check.Rows.Count;
            }
            catch (Exception ex)
            {
                Assert.Fail($"Mutation {i} (seed {Seed}) threw {ex.GetType().Name}: {ex.Message}\n--- file ---\n{Encoding.UTF8.GetString(bytes)}");
                return;
            }

            var problems = check.Problems;
            withProblems += problems.Count > 0 ? 1 : 0;
            Assert.True(problems.Count <= InventoryChecker.MaxProblems + 1, $"Mutation {i}: {problems.Count} problems listed.");
            Assert.True(!check.FileRejected || problems.Count > 0, $"Mutation {i}: rejected without a problem.");
            var lines = Encoding.UTF8.GetString(bytes).Split('\n').Length;
            foreach (var p in problems)
            {
                var where = $"Mutation {i}, problem '{p.RawError}' (rule {p.Rule}, row {p.RowNumber})\n--- file ---\n{Encoding.UTF8.GetString(bytes)}";
                Assert.True(Rules.Contains(p.Rule), where);
                Assert.True(p.ErrorType is InventoryRule.ValidationError or InventoryRule.ProcessingError, where);
                Assert.False(string.IsNullOrWhiteSpace(p.RawError), where);
                Assert.InRange(p.RowNumber, 0, lines + 1);
                Assert.True(p.Column is null || p.Column.Length > 0, where);
                Assert.DoesNotContain("Exception", p.RawError, StringComparison.Ordinal);
                Assert.DoesNotContain("System.", p.RawError, StringComparison.Ordinal);
            }
        }

        // The run reaches the rules, not only the valid path.
        Assert.InRange(withProblems, Count / 4, Count);
    }

    private static byte[] Mutate(string sample, Random random)
    {
        var text = new StringBuilder(sample);
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(5))
            {
                case 0:
                case 1:
                    text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2:
                    var from = Math.Min(at, Math.Max(0, text.Length - 1));
                    text.Remove(from, Math.Min(1 + random.Next(8), text.Length - from));
                    break;
                case 3:
                    // A line repeated elsewhere (conflicts, duplicate headers, rows in the header's place).
                    var lines = text.ToString().Split('\n');
                    text.Insert(at, lines[random.Next(lines.Length)] + "\n");
                    break;
                default:
                    text.Insert(at, (char)random.Next(0x20, 0x7F));
                    break;
            }
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        if (random.Next(10) == 0 && bytes.Length > 0)
        {
            // A byte that is not UTF-8 (a file saved in a code page).
            bytes[random.Next(bytes.Length)] = (byte)(0x80 + random.Next(0x80));
        }

        return bytes;
    }
}
