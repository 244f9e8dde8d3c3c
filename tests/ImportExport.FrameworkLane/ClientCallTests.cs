using System;
using System.Linq;
using System.Text;
using ImportExport.IE;
using ImportExport.Mgn;
using ImportExport.Runtime;
using ImportExport.S3;
using Xunit;

namespace ImportExport.FrameworkLane
{
    /// <summary>Every call of both services' clients, and S3's, through the engine's connections, against the emulator.</summary>
    public sealed class ClientCallTests
    {
        private static AwsConnectionSettings Settings => Lane.Settings(Lane.Services.Emulator);

        [Fact]
        public void Every_Import_Export_call_is_signed_sent_and_read()
        {
            var client = ServiceClients.ImportExport(Settings).Client;

            var validated = client.CreateJob(new CreateJobRequest { JobType = JobType.Import, Manifest = Lane.ImportManifest, ValidateOnly = true });
            var created = client.CreateJob(new CreateJobRequest { JobType = JobType.Import, Manifest = Lane.ImportManifest });
            var updated = client.UpdateJob(new UpdateJobRequest { JobId = created.JobId!, JobType = JobType.Import, Manifest = Lane.ImportManifest.Replace("deviceId: 49382", "deviceId: 49383") });
            var status = client.GetStatus(new GetStatusRequest { JobId = created.JobId! });
            var listed = client.ListJobs(new ListJobsRequest { MaxJobs = 1000 });
            var label = client.GetShippingLabel(new GetShippingLabelRequest
            {
                JobIds = { created.JobId! },
                ReturnAddress = new ReturnAddress { Name = "Jane Doe", Street1 = "123 Any Street", City = "Anytown", StateOrProvince = "WA", PostalCode = "91011", Country = "USA", PhoneNumber = "206-555-1111" },
            });
            var canceled = client.CancelJob(new CancelJobRequest { JobId = created.JobId! });

            Assert.True(validated.ValidateOnly);
            Assert.False(string.IsNullOrEmpty(created.Signature));
            Assert.True(updated.Success);
            Assert.Equal(created.JobId, status.JobId);
            Assert.Contains("deviceId: 49383", status.CurrentManifest);
            Assert.Contains(listed.Jobs, j => j.JobId == created.JobId);
            Assert.StartsWith(Lane.Services.Emulator.ToString(), label.ShippingLabelURL);
            Assert.True(canceled.Success);
        }

        [Fact]
        public void A_missing_job_is_the_services_error_with_its_code()
        {
            var client = ServiceClients.ImportExport(Settings).Client;

            var error = Assert.Throws<ImportExportException>(() => client.GetStatus(new GetStatusRequest { JobId = "NOSUCH" }));

            Assert.Equal("InvalidJobIdException", error.ErrorCode);
        }

        [Fact]
        public void Every_MGN_call_and_the_S3_upload_are_signed_sent_and_read()
        {
            var key = "lane/" + Guid.NewGuid().ToString("N") + ".csv";
            var csv = "mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn-for-action-framework\r\n" +
                      "Wave 1,Billing,web-01,Linux,web-01.corp.example.com\r\nWave 1,Billing,web-02,Solaris,web-02.corp.example.com\r\n";

            var put = ServiceClients.S3(Settings).Client.PutObject(new PutObjectRequest { BucketName = Lane.Bucket, Key = key, Body = Encoding.UTF8.GetBytes(csv) });
            var mgn = ServiceClients.Mgn(Settings).Client;
            var started = mgn.StartImport(new StartImportRequest { S3BucketSource = new S3BucketSource { S3Bucket = Lane.Bucket, S3Key = key }, Tags = { ["Project"] = "Lift" } });
            Lane.Services.Send("advance-import", started.ImportId!, "SUCCEEDED");
            var listed = mgn.ListImports(new ListImportsRequest { ImportIds = { started.ImportId! } });
            var errors = mgn.ListImportErrors(new ListImportErrorsRequest { ImportId = started.ImportId! });

            Assert.False(string.IsNullOrEmpty(put.ETag));
            Assert.Equal(csv, Encoding.UTF8.GetString(Convert.FromBase64String(Lane.Services.Send("get-object", Lane.Bucket, key)[0])));
            Assert.Equal("SUCCEEDED", Assert.Single(listed.Items).Status);
            var error = Assert.Single(errors.Items);
            Assert.Equal(3, error.RowNumber);
            Assert.Equal("VALIDATION_ERROR", error.ErrorType);
        }
    }
}
