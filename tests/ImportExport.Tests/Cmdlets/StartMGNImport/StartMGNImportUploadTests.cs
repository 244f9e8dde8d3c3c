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
