using System.Management.Automation;
using System.Text;
using ImportExport.Emulator;
using ImportExport.Inventory;
using ImportExport.Mgn;
using ImportExport.Tests.Infrastructure;
using ImportExport.Tests.Inventory;

namespace ImportExport.Tests.Cmdlets.StartMGNImport;

/// <summary>Start-MGNImport -Path: check locally, upload with PutObject, import what was uploaded.</summary>
public sealed class StartMGNImportUploadTests(EmulatorFixture emulator) : ModuleTestBase(emulator), IClassFixture<EmulatorFixture>
{
    private string Write(string name, string text)
    {
        var path = Path.Combine(Scratch, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void A_valid_file_is_uploaded_and_imported_under_its_name()
    {
        var path = Write("wave-upload.csv", InventoryCatalogue.Valid);

        var task = RunClean("Start-MGNImport -Path ($dir + '/wave-upload.csv') -S3Bucket my-import-bucket @aws -Confirm:$false").OutputOf<ImportTask>().Single();

        Assert.Equal("wave-upload.csv", task.S3Key);
        Assert.Equal(File.ReadAllBytes(path), Emulator.State.GetObject("my-import-bucket", "wave-upload.csv"));
        var put = Emulator.State.Requests.Last(r => r.Operation == "PutObject");
        Assert.Equal("/my-import-bucket/wave-upload.csv", put.Path);
        Assert.True(put.Headers.ContainsKey("x-amz-checksum-sha256"));
        Assert.Equal("SUCCEEDED", Emulator.State.AdvanceImport(task.ImportId!, "SUCCEEDED").Status);
    }

    [Fact]
    public void Virtual_hosted_addressing_and_the_bucket_owner_reach_the_stand_in()
    {
        Write("vh.csv", InventoryCatalogue.Valid);
        PS.SetVariable("local", Emulator.Endpoint.ToString().Replace("127.0.0.1", "localhost"));

        // *.localhost does not resolve everywhere: connect every name to the emulator's loopback port.
        using var hook = ImportExport.Runtime.ServiceClients.AddConfigurator(c => c.HttpClientFactory = new LoopbackFactory(Emulator.Endpoint.Port));

        var task = RunClean($"Start-MGNImport -Path ($dir + '/vh.csv') -S3Bucket my-import-bucket -S3Key waves/vh.csv -S3BucketOwner {EmulatorFixture.AccountId} @aws -EndpointUrl $local -Confirm:$false").OutputOf<ImportTask>().Single();

        var put = Emulator.State.Requests.Last(r => r.Operation == "PutObject");
        Assert.StartsWith("my-import-bucket.localhost", put.Headers["Host"]);
        Assert.Equal("/waves/vh.csv", put.Path);
        Assert.Equal(EmulatorFixture.AccountId, put.Headers["x-amz-expected-bucket-owner"]);
        Assert.Equal("waves/vh.csv", task.S3Key);
    }

    [Fact]
    public void A_file_with_problems_is_refused_with_them_and_nothing_is_uploaded()
    {
        Write("bad.csv", InventoryCatalogue.Warn);
        var before = RequestCount("PutObject") + RequestCount("StartImport");

        var result = PS.Run("Start-MGNImport -Path ($dir + '/bad.csv') -S3Bucket my-import-bucket @aws -Confirm:$false");

        Assert.Empty(result.Output);
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("ImportFileInvalid,", e.FullyQualifiedErrorId));
        Assert.Equal([5L, 6L], result.Errors.Select(e => ((ImportFileProblem)e.TargetObject).RowNumber));
        Assert.Equal(before, RequestCount("PutObject") + RequestCount("StartImport"));
    }

    [Fact]
    public void WhatIf_uploads_nothing_and_a_key_without_csv_is_refused_locally()
    {
        Write("w.csv", InventoryCatalogue.Valid);
        var before = RequestCount("PutObject") + RequestCount("StartImport");

        var whatIf = RunClean("Start-MGNImport -Path ($dir + '/w.csv') -S3Bucket my-import-bucket @aws -WhatIf");
        var badKey = PS.Run("Start-MGNImport -Path ($dir + '/w.csv') -S3Bucket my-import-bucket -S3Key inventory.txt @aws -Confirm:$false");

        Assert.Empty(whatIf.Output);
        Assert.Equal("InvalidS3Key,ImportExport.Cmdlets.StartMGNImportCommand", Assert.Single(badKey.Errors).FullyQualifiedErrorId);
        Assert.Equal(before, RequestCount("PutObject") + RequestCount("StartImport"));
        Assert.Null(Emulator.State.GetObject("my-import-bucket", "w.csv"));
    }

    [Fact]
    public void A_failure_after_the_upload_names_the_uploaded_object()
    {
        Write("late.csv", InventoryCatalogue.Valid);
        Emulator.State.InjectFault(new FaultSpec { Kind = FaultKind.InternalError, Service = "mgn", Operation = "StartImport", Count = 5 });
        try
        {
            var result = PS.Run("Start-MGNImport -Path ($dir + '/late.csv') -S3Bucket my-import-bucket -S3Key up/late.csv -MaxRetry 0 @aws -Confirm:$false");

            var error = Assert.Single(result.Errors);
            Assert.Contains("was uploaded to s3://my-import-bucket/up/late.csv", error.ErrorDetails.Message);
            Assert.NotNull(Emulator.State.GetObject("my-import-bucket", "up/late.csv"));
        }
        finally
        {
            Emulator.State.ClearFaults();
        }
    }

    [Fact]
    public void An_upload_S3_refuses_is_an_error_naming_the_file_and_no_import_starts()
    {
        Write("other.csv", InventoryCatalogue.Valid);
        var before = RequestCount("StartImport");

        var result = PS.Run("Start-MGNImport -Path ($dir + '/other.csv') -S3Bucket my-import-bucket -S3BucketOwner 999988887777 @aws -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("AccessDenied", error.FullyQualifiedErrorId);
        Assert.Contains("could not be uploaded to s3://my-import-bucket/other.csv", error.ErrorDetails.Message);
        Assert.Equal(before, RequestCount("StartImport"));
    }

    [Fact]
    public void AllowRowErrors_uploads_a_file_whose_only_problems_are_rows_warns_with_their_count_and_the_service_lists_them()
    {
        Write("rows.csv", InventoryCatalogue.Warn);

        var result = PS.Run("Start-MGNImport -Path ($dir + '/rows.csv') -S3Bucket my-import-bucket -S3Key rows/allowed.csv -AllowRowErrors @aws -Confirm:$false 3>&1");

        Assert.Empty(result.Errors);
        var warning = Assert.IsType<WarningRecord>(result.Output.First().BaseObject);
        Assert.Contains("2 row(s) have problems (5, 6)", warning.Message);
        var task = Assert.IsType<ImportTask>(result.Output.Last().BaseObject);
        var final = Emulator.State.AdvanceImport(task.ImportId!, "SUCCEEDED");
        Assert.Equal("SUCCEEDED", final.Status);
        Assert.Equal([5L, 6L], final.Errors.Select(e => e.RowNumber));
    }

    [Fact]
    public void AllowRowErrors_does_not_upload_a_file_with_a_problem_of_the_whole_file()
    {
        Write("header.csv", InventoryCatalogue.BadHeader);
        var before = RequestCount("PutObject");

        var result = PS.Run("Start-MGNImport -Path ($dir + '/header.csv') -S3Bucket my-import-bucket -AllowRowErrors @aws -Confirm:$false");

        Assert.Equal(4, result.Errors.Count(e => e.FullyQualifiedErrorId.StartsWith("ImportFileInvalid,UnknownColumn", StringComparison.Ordinal)));
        Assert.Equal(before, RequestCount("PutObject"));
    }

    [Fact]
    public void A_refused_row_quotes_its_value_and_says_AllowRowErrors_would_import_the_others()
    {
        Write("space.csv", InventoryCatalogue.Valid + "Wave 1,Billing,web-09,Linux ,web-09.corp.example.com\r\n");

        var error = Assert.Single(PS.Run("Start-MGNImport -Path ($dir + '/space.csv') -S3Bucket my-import-bucket @aws -Confirm:$false").Errors);

        Assert.Contains("row 5: mgn:server:platform: 'Linux ' is not one of Linux, Windows (server 'web-09')", error.ErrorDetails.Message);
        Assert.Contains("-AllowRowErrors", error.ErrorDetails.RecommendedAction);
    }

    [Fact]
    public void Encoding_reads_a_code_page_850_file_and_uploads_it_as_UTF_8()
    {
        var text = InventoryCatalogue.Valid.Replace("Payroll", "Zürich", StringComparison.Ordinal);
        File.WriteAllBytes(Path.Combine(Scratch, "dos.csv"), CodePages.Get(850).GetBytes(text));

        var refused = PS.Run("Start-MGNImport -Path ($dir + '/dos.csv') -S3Bucket my-import-bucket -S3Key dos/refused.csv @aws -Confirm:$false");
        var task = RunClean("Start-MGNImport -Path ($dir + '/dos.csv') -S3Bucket my-import-bucket -S3Key dos/read.csv -Encoding 850 @aws -Confirm:$false").OutputOf<ImportTask>().Single();

        Assert.Contains("-Encoding 850", Assert.Single(refused.Errors).ErrorDetails.Message);
        Assert.Equal(Encoding.UTF8.GetBytes(text), Emulator.State.GetObject("my-import-bucket", "dos/read.csv"));
        Assert.Equal("SUCCEEDED", Emulator.State.AdvanceImport(task.ImportId!, "SUCCEEDED").Status);
    }

    [Fact]
    public void An_exported_file_edited_with_the_markers_passes_the_check_and_imports()
    {
        var region = "ap-southeast-2";
        PS.SetVariable("region", region);
        Write("first.csv", InventoryCatalogue.Valid.Replace("web-01.corp.example.com", "web-01.corp.example.com", StringComparison.Ordinal));
        var first = RunClean("Start-MGNImport -Path ($dir + '/first.csv') -S3Bucket my-import-bucket -S3Key export/first.csv @aws -Region $region -Confirm:$false").OutputOf<ImportTask>().Single();
        Emulator.State.AdvanceImport(first.ImportId!, "SUCCEEDED");
        var inventory = Emulator.State.GetInventory(EmulatorFixture.AccountId, region);
        var web01 = inventory.Servers.Single(s => s.Name == "web-01");
        var app = inventory.Applications.Single(a => a.Id == web01.ParentId);
        var wave = inventory.Waves.Single(w => w.Id == app.ParentId);

        // What an export writes (import columns, ids, read-only states), edited as the guide says.
        Write("edited.csv",
            "mgn:wave:id,mgn:wave:name,mgn:app:id,mgn:app:name,mgn:server:id,mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn-for-action-framework," +
            "mgn:server:lifecycle-state,mgn:server:replication-type,mgn:server:replication-state,mgn:launch:instance-type,mgn:launch:volume:c:0:type,mgn:server:tag:Owner\r\n" +
            $"{wave.Id},Wave 1,{app.Id},{app.Name},{web01.Id},web-01,Linux,web-01.corp.example.com,READY_FOR_TEST,AGENT_BASED,CONTINUOUS,[RESET_VALUE],gp3,[DELETE_TAG]\r\n");

        Assert.Empty(RunClean("Test-MGNImportFile -LiteralPath ($dir + '/edited.csv')").Output);
        var task = RunClean("Start-MGNImport -Path ($dir + '/edited.csv') -S3Bucket my-import-bucket -S3Key export/edited.csv @aws -Region $region -Confirm:$false").OutputOf<ImportTask>().Single();
        var final = Emulator.State.AdvanceImport(task.ImportId!, "SUCCEEDED");

        Assert.Equal("SUCCEEDED", final.Status);
        Assert.Empty(final.Errors);
        Assert.Equal((0L, 1L), (final.Servers.CreatedCount, final.Servers.ModifiedCount));
        var after = Emulator.State.GetInventory(EmulatorFixture.AccountId, region).Servers.Single(s => s.Id == web01.Id);
        Assert.Equal("gp3", after.Properties["mgn:launch:volume:c:0:type"]);
        Assert.False(after.Properties.ContainsKey("mgn:server:lifecycle-state"));
    }

    private sealed class LoopbackFactory(int port) : Amazon.Runtime.HttpClientFactory
    {
        public override HttpClient CreateHttpClient(Amazon.Runtime.IClientConfig clientConfig) =>
            new(new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                ConnectCallback = async (_, ct) =>
                {
                    var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
                    await socket.ConnectAsync(System.Net.IPAddress.Loopback, port, ct);
                    return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
                },
            });
    }
}
