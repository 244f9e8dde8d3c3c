using System.Text.Json;
using System.Text.RegularExpressions;
using ImportExport.Emulator.Hosting;

namespace ImportExport.Emulator.Mgn;

/// <summary>
/// MGN's StartImport: validates the request as the service does, reads the inventory object from the S3 stand-in now
/// and starts an import that applies it at its last step; a repeated clientToken returns the same import.
/// </summary>
internal sealed partial class StartImportAction(EmulatorState state)
{
    public ServiceResponse StartImport(Exchange exchange, EmulatorCredential caller, string region, JsonElement body)
    {
        var problems = new FieldValidation();
        var source = problems.Object(body, "s3BucketSource", required: true);
        string? bucket = null, key = null, owner = null;
        if (source is { } s)
        {
            bucket = problems.String(s, "s3BucketSource.s3Bucket", "s3Bucket", required: true);
            // The service enforces the model's pattern, which admits legacy us-east-1 names (uppercase, underscores,
            // up to 255 characters) that today's S3BucketName rules refuse for new buckets.
            if (bucket is not null && !ModelBucketPattern().IsMatch(bucket))
            {
                problems.Add("s3BucketSource.s3Bucket", bucket, "Member must satisfy regular expression pattern: [a-zA-Z0-9.\\-_]{1,255}");
            }

            key = problems.String(s, "s3BucketSource.s3Key", "s3Key", required: true);
            if (key is not null && (key.Length < 5 || key.Length > 1024 || key.Contains('\0') || !key.EndsWith(".csv", StringComparison.Ordinal)))
            {
                problems.Add("s3BucketSource.s3Key", key, "Member must satisfy regular expression pattern: [^\\x00]{1,1020}\\.csv");
            }

            owner = problems.String(s, "s3BucketSource.s3BucketOwner", "s3BucketOwner", required: false);
            if (owner is not null && !AccountIdPattern().IsMatch(owner))
            {
                problems.Add("s3BucketSource.s3BucketOwner", owner, "Member must be a 12-digit AWS account ID");
            }
        }

        var clientToken = problems.String(body, "clientToken", "clientToken", required: false);
        if (clientToken is { Length: > 64 })
        {
            problems.Add("clientToken", clientToken, "Member must have length less than or equal to 64");
        }

        var tags = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (problems.Object(body, "tags", required: false) is { } tagObject)
        {
            foreach (var tag in tagObject.EnumerateObject())
            {
                if (tag.Name.Length is < 1 or > 128)
                {
                    problems.Add("tags", tag.Name, "Tag keys must be 1 to 128 characters long");
                }
                else if (tag.Name.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add("tags", tag.Name, "Tag keys must not start with the reserved prefix aws:");
                }

                if (tag.Value.ValueKind != JsonValueKind.String)
                {
                    problems.Add("tags." + tag.Name, null, "Tag values must be strings");
                    continue;
                }

                var value = tag.Value.GetString()!;
                if (value.Length > 256)
                {
                    problems.Add("tags." + tag.Name, null, "Tag values must be at most 256 characters long");
                }

                tags[tag.Name] = value;
            }

            if (tags.Count > 50)
            {
                problems.Add("tags", null, "Member must have at most 50 entries");
            }
        }

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

    [GeneratedRegex(@"^[a-zA-Z0-9.\-_]{1,255}$")]
    private static partial Regex ModelBucketPattern();

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex AccountIdPattern();
}
