using System.Text.Json;
using ImportExport.Emulator.Hosting;
using ImportExport.Inventory;

namespace ImportExport.Emulator.Mgn;

/// <summary>
/// MGN's StartImport: validates the request as the service does, reads the inventory object from the S3 stand-in now
/// and starts an import that applies it at its last step; a repeated clientToken returns the same import.
/// </summary>
internal sealed class StartImportAction(EmulatorState state)
{
    public ServiceResponse StartImport(Exchange exchange, EmulatorCredential caller, string region, JsonElement body)
    {
        var problems = new FieldValidation();
        var source = problems.Object(body, "s3BucketSource", required: true);
        string? bucket = null, key = null, owner = null;
        if (source is { } s)
        {
            bucket = problems.S3Bucket(s, "s3BucketSource.s3Bucket", "s3Bucket");
            key = problems.S3Key(s, "s3BucketSource.s3Key", "s3Key");
            owner = problems.S3BucketOwner(s, "s3BucketSource.s3BucketOwner", "s3BucketOwner");
        }

        var clientToken = problems.String(body, "clientToken", "clientToken", required: false);
        if (clientToken is not null && !MgnStartRequestRules.IsClientToken(clientToken))
        {
            problems.Add("clientToken", clientToken, $"Member must have length less than or equal to {MgnStartRequestRules.MaxClientTokenLength}");
        }

        var tags = problems.Tags(body);
        problems.ThrowIfAny();

        if (state.Options.MaxActiveImports > 0 && state.Imports.CountActive(caller.AccountId, region) >= state.Options.MaxActiveImports)
        {
            throw new ServiceErrorException(402, "ServiceQuotaExceededException", $"You can run at most {state.Options.MaxActiveImports} imports at a time.")
                .With("quotaCode", "L-IMPORTS").With("serviceCode", "mgn").With("quotaValue", state.Options.MaxActiveImports).With("resourceType", "IMPORT_TASK");
        }

        // The object is read now (as the service reads it when the import starts) and applied when the import ends.
        byte[]? content = null;
        string? readFailure = null;
        if (owner is not null && owner != state.BucketOwner)
        {
            readFailure = $"Access denied to s3://{bucket}/{key}: the bucket is not owned by {owner} (s3BucketOwner).";
        }
        else if (!state.BucketExists(bucket!))
        {
            readFailure = $"The S3 bucket {bucket} does not exist.";
        }
        else if ((content = state.GetObject(bucket!, key!)) is null)
        {
            readFailure = $"The S3 object s3://{bucket}/{key} does not exist.";
        }

        var accountId = caller.AccountId;
        var fingerprint = string.Join("\n", bucket, key, owner ?? string.Empty, string.Join("\n", tags.Select(t => t.Key + "=" + t.Value)));
        var (outcome, import) = state.Imports.Start(
            id => new ImportTask
            {
                ImportId = id,
                AccountId = caller.AccountId,
                Region = region,
                S3Bucket = bucket!,
                S3Key = key!,
                S3BucketOwner = owner,
                Tags = new Dictionary<string, string>(tags, StringComparer.Ordinal),
                ClientToken = clientToken,
                Content = content,
                ReadFailure = readFailure,
                Apply = (check, now) => state.Inventory.Apply(check, accountId, region, now),
                Fingerprint = fingerprint,
                CreationDateTime = exchange.Now,
            },
            caller.AccountId,
            region,
            clientToken,
            fingerprint,
            exchange.Now);

        if (outcome == ImportStore.StartOutcome.Conflict)
        {
            throw new ServiceErrorException(409, "ConflictException", $"The clientToken {clientToken} was already used with different parameters for import {import.ImportId}.")
                .With("resourceId", import.ImportId).With("resourceType", "IMPORT_TASK");
        }

        return MgnResponses.Respond(202, w =>
        {
            w.WritePropertyName("importTask");
            ImportJson.WriteImport(w, import);
        });
    }
}
