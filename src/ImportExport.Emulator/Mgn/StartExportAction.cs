using System.Text.Json;
using ImportExport.Emulator.Hosting;

namespace ImportExport.Emulator.Mgn;

/// <summary>
/// MGN's StartExport: validates the request as the service does and starts an export that, at its last step, writes
/// the caller's inventory in the request's region to <c>s3://s3Bucket/s3Key</c> (see <see cref="InventoryExportFile"/>).
/// StartExport has no clientToken: each call starts an export.
/// </summary>
internal sealed class StartExportAction(EmulatorState state)
{
    public ServiceResponse StartExport(Exchange exchange, EmulatorCredential caller, string region, JsonElement body)
    {
        var problems = new FieldValidation();
        var bucket = problems.S3Bucket(body, "s3Bucket", "s3Bucket");
        var key = problems.S3Key(body, "s3Key", "s3Key");
        var owner = problems.S3BucketOwner(body, "s3BucketOwner", "s3BucketOwner");
        var tags = problems.Tags(body);
        problems.ThrowIfAny();

        if (state.Options.MaxActiveImports > 0 && state.Exports.CountActive(caller.AccountId, region) >= state.Options.MaxActiveImports)
        {
            throw new ServiceErrorException(402, "ServiceQuotaExceededException", $"You can run at most {state.Options.MaxActiveImports} exports at a time.")
                .With("quotaCode", "L-EXPORTS").With("serviceCode", "mgn").With("quotaValue", state.Options.MaxActiveImports).With("resourceType", "EXPORT_TASK");
        }

        var export = state.Exports.Start(
            id => new ExportTask
            {
                ExportId = id,
                AccountId = caller.AccountId,
                Region = region,
                S3Bucket = bucket!,
                S3Key = key!,
                S3BucketOwner = owner,
                Tags = new Dictionary<string, string>(tags, StringComparer.Ordinal),
                Write = Write,
                CreationDateTime = exchange.Now,
            },
            exchange.Now);

        return MgnResponses.Respond(202, w =>
        {
            w.WritePropertyName("exportTask");
            ExportJson.WriteExport(w, export);
        });
    }

    // The bucket is checked when the file is written, as the service finds out only then: the export FAILS.
    private (InventoryExportCounts?, string?) Write(ExportTask export, DateTimeOffset now)
    {
        var target = $"s3://{export.S3Bucket}/{export.S3Key}";
        if (export.S3BucketOwner is not null && export.S3BucketOwner != state.BucketOwner)
        {
            return (null, $"Access denied to {target}: the bucket is not owned by {export.S3BucketOwner} (s3BucketOwner).");
        }

        if (!state.BucketExists(export.S3Bucket))
        {
            return (null, $"The S3 bucket {export.S3Bucket} does not exist.");
        }

        var (content, counts) = InventoryExportFile.Write(state.Inventory.Snapshot(export.AccountId, export.Region), export.AccountId, export.Region);
        state.PutExportObject(export.S3Bucket, export.S3Key, content, now);
        return (counts, null);
    }
}
