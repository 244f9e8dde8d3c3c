using System.Text;
using ImportExport.Emulator;

namespace ImportExport.Tests.Inventory;

/// <summary>
/// Inventory files for the tests: a valid one, one per rule broken once, mixed ones, a large generated one. The
/// files with explicit ids that do not exist are kept apart (<see cref="ProcessingErrors"/>): only the import can
/// know ids, so there the local check and the import rightly disagree.
/// </summary>
internal static class InventoryCatalogue
{
    public const string Bucket = "my-import-bucket";

    private const string Head = "mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn-for-action-framework";

    /// <summary>One wave, two applications, three servers: 1/2/3 created the first time, modified the second.</summary>
    public const string Valid = Head + "\r\n" +
        "Wave 1,Billing,web-01,Linux,web-01.corp.example.com\r\n" +
        "Wave 1,Billing,web-02,Linux,web-02.corp.example.com\r\n" +
        "Wave 1,Payroll,db-01,Windows,db-01.corp.example.com\r\n";

    /// <summary>Three valid rows and two rejected ones (rows 5 and 6): the import succeeds with two VALIDATION_ERRORs.</summary>
    public const string Warn = Valid +
        "Wave 1,Billing,web-03,Solaris,web-03.corp.example.com\r\n" +
        "Wave 1,Billing\tOld,web-04,Linux,web-04.corp.example.com\r\n";

    /// <summary>Three valid rows and one rejected (row 5): the import succeeds with exactly one VALIDATION_ERROR.</summary>
    public const string WarnOne = Valid +
        "Wave 1,Billing,web-03,Solaris,web-03.corp.example.com\r\n";

    /// <summary>Four unknown mgn: columns: the header cannot be read, the import fails with four errors on row 1.</summary>
    public const string BadHeader = "mgn:wave:nme,mgn:app:nmae,mgn:server:user-id,mgn:server:os\r\nWave 1,Billing,web-01,Linux\r\n";

    /// <summary>Rows 2 and 3 rejected (VALIDATION_ERROR), rows 5 and 6 name source servers that do not exist (PROCESSING_ERROR).</summary>
    public const string ProcessingErrors = "mgn:wave:name,mgn:app:name,mgn:server:id,mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn-for-action-framework\r\n" +
        "Wave 1,Billing,,web-01,Solaris,web-01.corp.example.com\r\n" +
        ",,,,Linux,\r\n" +
        "Wave 1,Billing,,web-02,Linux,web-02.corp.example.com\r\n" +
        "Wave 1,Billing,s-00000000000000001,,Linux,\r\n" +
        "Wave 1,Billing,s-00000000000000002,,Linux,\r\n";

    /// <summary>Not CSV at all (a PNG's first bytes).</summary>
    public static readonly byte[] NotCsv = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];

    /// <summary>The files the agreement test runs through Test-MGNImportFile and the emulator: name → content.</summary>
    public static IReadOnlyDictionary<string, byte[]> Files { get; } = BuildFiles();

    /// <summary>Puts the files the MGN tests import under the keys they use.</summary>
    public static void Seed(EmulatorState state)
    {
        foreach (var key in new[] { "imports/servers.csv", "servers.csv", "imports/wave-1.csv", "imports/wave-2.csv", "imports/wave-3.csv", "inventory/servers.csv", "rerun/me.csv" })
        {
            state.PutObject(Bucket, key, Encoding.UTF8.GetBytes(Valid));
        }

        state.PutObject(Bucket, "imports/warn.csv", Encoding.UTF8.GetBytes(Warn));
        state.PutObject(Bucket, "warn.csv", Encoding.UTF8.GetBytes(Warn));
        state.PutObject(Bucket, "imports/warn1.csv", Encoding.UTF8.GetBytes(WarnOne));
        state.PutObject(Bucket, "imports/clean.csv", Encoding.UTF8.GetBytes(Valid));
        state.PutObject(Bucket, "imports/bad-header.csv", Encoding.UTF8.GetBytes(BadHeader));
        state.PutObject(Bucket, "imports/inventory.csv", Encoding.UTF8.GetBytes(ProcessingErrors));
        state.PutObject(Bucket, "imports/not-csv.csv", NotCsv);
    }

    /// <summary>A valid file of <paramref name="rows"/> servers: 50 waves, 200 servers an application at most.</summary>
    public static string Large(int rows)
    {
        var text = new StringBuilder("mgn:wave:name,mgn:wave:description,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn-for-action-framework,mgn:server:tag:Owner,mgn:launch:instance-type\r\n");
        for (var i = 0; i < rows; i++)
        {
            var app = i / 100;
            text.Append("Wave ").Append(app % 50).Append(",\"Wave ").Append(app % 50).Append(", \"\"generated\"\"\",App ").Append(app)
                .Append(",srv-").Append(i).Append(i % 2 == 0 ? ",Linux" : ",Windows").Append(",srv-").Append(i).Append(".corp.example.com,team-")
                .Append(app % 7).Append(",m5.large\r\n");
        }

        return text.ToString();
    }

    private static Dictionary<string, byte[]> BuildFiles()
    {
        static byte[] U(string s) => Encoding.UTF8.GetBytes(s);
        const string row = "Wave 1,Billing,web-01,Linux,web-01.corp.example.com";
        var longName = new string('n', 257);
        var tags = string.Join(",", Enumerable.Range(0, 51).Select(i => "mgn:server:tag:k" + i));
        var tagValues = string.Join(",", Enumerable.Range(0, 51).Select(i => "v" + i));
        var twoHundredOne = new StringBuilder(Head + "\r\n");
        for (var i = 0; i <= 200; i++)
        {
            twoHundredOne.Append("Wave 1,Big,srv-").Append(i).Append(",Linux,srv-").Append(i).Append(".example.com\r\n");
        }

        return new Dictionary<string, byte[]>
        {
            ["valid"] = U(Valid),
            ["valid-bom-lf-quoted"] = [0xEF, 0xBB, 0xBF, .. U("MGN:Wave:Name,mgn:wave:description,mgn:app:name,mgn:server:user-provided-id,mgn:server:fqdn-for-action-framework,Notes\n\"Wave 1\",\"Line one\nline \"\"two\"\", with comma\",Billing,web-01,web-01.corp.example.com,anything\n\nWave 1,,Billing,web-02,web-02.corp.example.com,\n")],
            ["large-10000"] = U(Large(10_000)),
            ["rule-not-csv"] = NotCsv,
            ["rule-utf16"] = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Valid)).ToArray(),
            ["rule-unclosed-quote"] = U(Head + "\r\n\"Wave 1,Billing,web-01,Linux,web-01.corp.example.com\r\n"),
            ["rule-empty"] = [],
            ["rule-unknown-column"] = U("mgn:wave:name,mgn:server:colour\r\nWave 1,blue\r\n"),
            ["rule-duplicate-column"] = U("mgn:wave:name,MGN:WAVE:NAME\r\nWave 1,Wave 1\r\n"),
            ["rule-no-mgn-column"] = U("Name,Host\r\nWave 1,web-01\r\n"),
            ["rule-field-count"] = U(Head + "\r\n" + row + ",extra\r\n"),
            ["rule-stray-quote"] = U(Head + "\r\nWave 1,Bil\"ling,web-01,Linux,web-01.corp.example.com\r\n"),
            ["rule-no-resource"] = U(Head + ",Notes\r\n,,,,,just a note\r\n"),
            ["rule-identifier-required"] = U(Head + ",mgn:app:description\r\nWave 1,,web-01,Linux,web-01.corp.example.com,an app without a name\r\n"),
            ["rule-id-format"] = U("mgn:wave:id,mgn:wave:description\r\nwave-1,short id\r\n"),
            ["rule-account-id"] = U("mgn:account-id," + Head + "\r\n12345," + row + "\r\n"),
            ["rule-region"] = U("mgn:region," + Head + "\r\nEU-WEST-1," + row + "\r\n"),
            ["rule-name-length"] = U(Head + "\r\n" + longName + ",Billing,web-01,Linux,web-01.corp.example.com\r\n"),
            ["rule-name-pattern"] = U(Head + "\r\n\" Wave 1\",Billing,web-01,Linux,web-01.corp.example.com\r\n"),
            ["rule-description-length"] = U("mgn:wave:name,mgn:wave:description\r\nWave 1," + new string('d', 601) + "\r\n"),
            ["rule-platform"] = U(Head + "\r\nWave 1,Billing,web-01,Solaris,web-01.corp.example.com\r\n"),
            ["rule-tenancy"] = U(Head + ",mgn:launch:placement:tenancy\r\n" + row + ",shared\r\n"),
            ["rule-licensing"] = U(Head + ",mgn:launch:placement:operating-system-licensing\r\n" + row + ",GPL\r\n"),
            ["rule-tag-key-reserved"] = U(Head + ",mgn:server:tag:aws:owner\r\n" + row + ",me\r\n"),
            ["rule-tag-value-length"] = U(Head + ",mgn:server:tag:Owner\r\n" + row + "," + new string('v', 257) + "\r\n"),
            ["rule-tag-count"] = U(Head + "," + tags + "\r\n" + row + "," + tagValues + "\r\n"),
            ["rule-conflict"] = U("mgn:wave:name,mgn:wave:description\r\nWave 1,first\r\nwave 1,second\r\n"),
            ["rule-one-application"] = U(Head + "\r\n" + row + "\r\nWave 1,Payroll,web-01,Linux,web-01.corp.example.com\r\n"),
            ["rule-one-wave"] = U(Head + "\r\n" + row + "\r\nWave 2,Billing,web-02,Linux,web-02.corp.example.com\r\n"),
            ["rule-server-address"] = U(Head + "\r\nWave 1,Billing,web-01,Linux,\r\n"),
            ["rule-servers-per-application"] = U(twoHundredOne.ToString()),
            ["rule-private-ip"] = U(Head + ",mgn:launch:nic:0:private-ip:0\r\nWave 1,Billing,web-01,Linux,,10.0.0.256\r\n"),
            ["rule-volume-type"] = U(Head + ",mgn:launch:volume:/dev/sda1:type\r\n" + row + ",gp9\r\n"),
            ["valid-export-state-columns"] = U(Head + ",mgn:server:lifecycle-state,mgn:server:replication-type,mgn:server:replication-state\r\n" + row + ",READY_FOR_TEST,AGENT_BASED,CONTINUOUS\r\n"),
            ["valid-windows-volumes"] = U(Head + ",mgn:launch:volume:c:0:type,mgn:launch:volume:C:1:type,mgn:launch:volume:/dev/sda1:type\r\n" + row + ",gp3,io2,gp2\r\n"),
            ["valid-markers"] = U(Head + ",mgn:wave:description,mgn:app:description,mgn:wave:tag:Team,mgn:app:tag:Cost,mgn:server:tag:Owner,mgn:launch:tag:instance:Name," +
                "mgn:launch:instance-type,mgn:launch:iam-instance-profile:name,mgn:launch:nic:0:subnet-id,mgn:launch:nic:0:security-group-id:0,mgn:launch:nic:0:private-ip:0," +
                "mgn:launch:volume:c:0:type,mgn:launch:placement:tenancy\r\n" +
                row + ",[RESET_VALUE],[RESET_VALUE],[DELETE_TAG],[RESET_VALUE],[DELETE_TAG],[DELETE_TAG],[RESET_VALUE],[RESET_VALUE],[RESET_VALUE],[RESET_VALUE],[RESET_VALUE],[RESET_VALUE],[RESET_VALUE]\r\n"),
            ["rule-marker-in-identifier"] = U(Head + "\r\nWave 1,[RESET_VALUE],web-01,Linux,web-01.corp.example.com\r\n"),
            ["rule-delete-tag-in-property"] = U(Head + ",mgn:launch:instance-type\r\n" + row + ",[DELETE_TAG]\r\n"),
            ["rule-marker-in-scope"] = U("mgn:region," + Head + "\r\n[RESET_VALUE]," + row + "\r\n"),
            ["rule-three-problems-in-one-row"] = U(Head + ",mgn:launch:instance-type\r\nWave 1,Billing,web-01,Solaris,,m5.large \r\n"),
            ["rule-conflict-after-blank-line"] = U(Head + "\r\n" + row + "\r\n\r\nWave 1,Payroll,web-01,Linux,web-01.corp.example.com\r\n"),
            ["rule-after-multi-line-cell"] = U("mgn:wave:name,mgn:wave:description\r\nWave 1,\"two\r\nlines\"\r\nWave 2," + new string('d', 601) + "\r\n"),
            ["rule-semicolons"] = U(Head.Replace(',', ';') + "\r\n" + row.Replace(',', ';') + "\r\n"),
            ["rule-tabs"] = U(Head.Replace(',', '\t') + "\r\n" + row.Replace(',', '\t') + "\r\n"),
            ["rule-windows-1252"] = CodePages.Get(1252).GetBytes(Head + "\r\nWave 1,Zürich,web-01,Linux,web-01.corp.example.com\r\n"),
            ["rule-code-page-850"] = CodePages.Get(850).GetBytes(Head + "\r\nWave 1,Zürich,web-01,Linux,web-01.corp.example.com\r\n"),
            ["rule-did-you-mean"] = U("mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:fqdn\r\nWave 1,Billing,web-01,web-01.corp.example.com\r\n"),
            ["mixed"] = U(Warn + "Wave 1,,web-05,Linux,web-05.corp.example.com\r\n,,,,\r\nWave 1,Billing,web-06,Linux,\r\n"),
        };
    }
}
