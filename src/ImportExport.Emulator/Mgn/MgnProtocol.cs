using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ImportExport.Emulator.Auth;
using ImportExport.Emulator.Hosting;

namespace ImportExport.Emulator.Mgn;

/// <summary>
/// AWS Application Migration Service (API 2020-02-26), rest-json: <c>POST /StartImport</c>, <c>/ListImports</c>,
/// <c>/ListImportErrors</c> with JSON bodies, SigV4 as <c>mgn</c> in the region of the credential scope. Errors carry
/// <c>x-amzn-ErrorType</c> and a JSON body with <c>message</c> (and <c>code</c>, plus the shape's extra members).
/// </summary>
internal sealed partial class MgnProtocol(EmulatorState state) : IServiceProtocol
{
    public const string SigningName = "mgn";

    private const string Json = "application/json";
    private const string ServiceErrorSuffix = ":http://internal.amazon.com/coral/com.amazonaws.mgn/";
    private const string FrontEndErrorSuffix = ":http://internal.amazon.com/coral/com.amazon.coral.service/";

    // Error codes raised before the request reaches MGN itself (authentication layer): no "code" member, generic namespace.
    private static readonly HashSet<string> FrontEndErrors = new(StringComparer.Ordinal)
    {
        "MissingAuthenticationTokenException", "IncompleteSignatureException", "UnrecognizedClientException", "InvalidSignatureException", "ExpiredTokenException",
        "SerializationException", "UnknownOperationException",
    };

    public string Service => ServiceNames.Mgn;

    [GeneratedRegex("^import-[0-9a-zA-Z]{17}$")]
    private static partial Regex ImportIdPattern();

    [GeneratedRegex(@"^[a-zA-Z0-9.\-_]{1,255}$")]
    private static partial Regex ModelBucketPattern();

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex AccountIdPattern();

    public string? ReadOperation(Exchange exchange)
    {
        var operation = exchange.Signed.RawPath.TrimStart('/');
        if (exchange.Body.Length > 0)
        {
            try
            {
                using var document = JsonDocument.Parse(exchange.Body);
                if (ToPlain(document.RootElement) is Dictionary<string, object?> parameters)
                {
                    exchange.Record.Parameters = parameters;
                }
            }
            catch (JsonException)
            {
                // Reported by Handle as a SerializationException.
            }
        }

        return operation.Length == 0 ? null : operation;
    }

    public ServiceResponse Fault(Exchange exchange, FaultKind kind)
    {
        if (kind == FaultKind.Throttle)
        {
            var response = Error(exchange, new ServiceErrorException(429, "ThrottlingException", "Rate exceeded"));
            response.Headers.Add(new("Retry-After", "1"));
            return response;
        }

        return Error(exchange, new ServiceErrorException(500, "InternalServerException", "An internal error has occurred."));
    }

    public ServiceResponse Handle(Exchange exchange, string? operation)
    {
        try
        {
            var caller = Authenticate(exchange, out var region);
            var body = ParseBody(exchange);
            if (operation is "StartImport" or "ListImports" or "ListImportErrors" && state.IsUninitialized(caller.AccountId))
            {
                throw new ServiceErrorException(400, "UninitializedAccountException", "Account not initialized. Initialize the Application Migration Service in this Region before use.");
            }

            return operation switch
            {
                "StartImport" => StartImport(exchange, caller, region, body),
                "ListImports" => ListImports(exchange, caller, region, body),
                "ListImportErrors" => ListImportErrors(exchange, caller, region, body),
                _ => throw new ServiceErrorException(404, "UnknownOperationException", $"Unknown operation {operation}."),
            };
        }
        catch (ServiceErrorException ex)
        {
            return Error(exchange, ex);
        }
    }

    private EmulatorCredential Authenticate(Exchange exchange, out string region)
    {
        var result = state.SigV4.Verify(exchange.Signed, SigningName, region: null, exchange.Now);
        exchange.Record.SignatureVersion = result.Version;
        exchange.Record.AccessKeyId = result.AccessKeyId;
        region = result.Region ?? string.Empty;
        return result.Failure switch
        {
            AuthFailure.None => result.Credential!,
            AuthFailure.MissingAuthentication => throw new ServiceErrorException(403, "MissingAuthenticationTokenException", "Missing Authentication Token"),
            AuthFailure.IncompleteSignature => throw new ServiceErrorException(400, "IncompleteSignatureException", result.Message),
            AuthFailure.UnknownAccessKey or AuthFailure.InvalidToken => throw new ServiceErrorException(403, "UnrecognizedClientException", "The security token included in the request is invalid."),
            AuthFailure.ExpiredToken => throw new ServiceErrorException(403, "ExpiredTokenException", "The security token included in the request is expired"),
            _ => throw new ServiceErrorException(403, "InvalidSignatureException", result.Message),
        };
    }

    private static JsonElement ParseBody(Exchange exchange)
    {
        if (exchange.Body.Length == 0)
        {
            return JsonDocument.Parse("{}").RootElement;
        }

        try
        {
            var root = JsonDocument.Parse(exchange.Body).RootElement;
            return root.ValueKind == JsonValueKind.Object
                ? root
                : throw new ServiceErrorException(400, "SerializationException", "Start of structure or map found where not expected.");
        }
        catch (JsonException ex)
        {
            throw new ServiceErrorException(400, "SerializationException", "Could not parse the request body as JSON: " + ex.Message);
        }
    }

    private ServiceResponse StartImport(Exchange exchange, EmulatorCredential caller, string region, JsonElement body)
    {
        var problems = new Validation();
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

        return Respond(exchange, 202, w =>
        {
            w.WritePropertyName("importTask");
            WriteImport(w, import);
        });
    }

    private ServiceResponse ListImports(Exchange exchange, EmulatorCredential caller, string region, JsonElement body)
    {
        var problems = new Validation();
        var ids = new List<string>();
        if (problems.Object(body, "filters", required: false) is { } filters && filters.TryGetProperty("importIDs", out var idArray) && idArray.ValueKind != JsonValueKind.Null)
        {
            if (idArray.ValueKind != JsonValueKind.Array)
            {
                problems.Add("filters.importIDs", null, "Member must be a list");
            }
            else
            {
                foreach (var id in idArray.EnumerateArray())
                {
                    var text = id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
                    if (!ImportIdPattern().IsMatch(text))
                    {
                        problems.Add("filters.importIDs", text, "Member must satisfy regular expression pattern: import-[0-9a-zA-Z]{17}");
                    }

                    ids.Add(text);
                }

                if (ids.Count > 10)
                {
                    problems.Add("filters.importIDs", null, "Member must have length less than or equal to 10");
                }
            }
        }

        var (maxResults, offset) = ReadPaging(problems, body);
        problems.ThrowIfAny();

        var imports = state.Imports.List(caller.AccountId, region, ids);
        return RespondPage(exchange, imports, offset, maxResults, WriteImport);
    }

    private ServiceResponse ListImportErrors(Exchange exchange, EmulatorCredential caller, string region, JsonElement body)
    {
        var problems = new Validation();
        var importId = problems.String(body, "importID", "importID", required: true);
        if (importId is not null && !ImportIdPattern().IsMatch(importId))
        {
            problems.Add("importID", importId, "Member must satisfy regular expression pattern: import-[0-9a-zA-Z]{17}");
        }

        var (maxResults, offset) = ReadPaging(problems, body);
        problems.ThrowIfAny();

        var import = state.Imports.Get(importId!, caller.AccountId, region)
            ?? throw new ServiceErrorException(404, "ResourceNotFoundException", $"Import {importId} not found.")
                .With("resourceId", importId).With("resourceType", "IMPORT_TASK");
        return RespondPage(exchange, import.Errors.ToList(), offset, maxResults, WriteError);
    }

    private static (int MaxResults, int Offset) ReadPaging(Validation problems, JsonElement body)
    {
        var maxResults = 1000;
        if (body.TryGetProperty("maxResults", out var max) && max.ValueKind != JsonValueKind.Null)
        {
            if (max.ValueKind != JsonValueKind.Number || !max.TryGetInt32(out maxResults) || maxResults < 1 || maxResults > 1000)
            {
                problems.Add("maxResults", max.GetRawText(), "Member must be an integer from 1 to 1000");
                maxResults = 1000;
            }
        }

        var offset = 0;
        var token = problems.String(body, "nextToken", "nextToken", required: false);
        if (!string.IsNullOrEmpty(token) && !TryDecodeToken(token, out offset))
        {
            problems.Add("nextToken", null, "Invalid pagination token");
        }

        return (maxResults, offset);
    }

    private static ServiceResponse RespondPage<T>(Exchange exchange, List<T> all, int offset, int maxResults, Action<Utf8JsonWriter, T> write) =>
        Respond(exchange, 200, w =>
        {
            w.WriteStartArray("items");
            foreach (var item in all.Skip(offset).Take(maxResults))
            {
                write(w, item);
            }

            w.WriteEndArray();
            if (offset + maxResults < all.Count)
            {
                w.WriteString("nextToken", EncodeToken(offset + maxResults));
            }
        });

    // Opaque to clients, like the real service's tokens; it only has to survive a round trip.
    private static string EncodeToken(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes("mgn-emulator:" + offset.ToString(CultureInfo.InvariantCulture)));

    private static bool TryDecodeToken(string token, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            return text.StartsWith("mgn-emulator:", StringComparison.Ordinal)
                && int.TryParse(text["mgn-emulator:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static void WriteImport(Utf8JsonWriter w, ImportSnapshot import)
    {
        w.WriteStartObject();
        w.WriteString("importID", import.ImportId);
        w.WriteString("arn", import.Arn);
        w.WriteStartObject("s3BucketSource");
        w.WriteString("s3Bucket", import.S3Bucket);
        w.WriteString("s3Key", import.S3Key);
        if (import.S3BucketOwner is not null)
        {
            w.WriteString("s3BucketOwner", import.S3BucketOwner);
        }

        w.WriteEndObject();
        w.WriteString("creationDateTime", ImportTask.FormatDate(import.CreationDateTime));
        if (import.EndDateTime is { } end)
        {
            w.WriteString("endDateTime", ImportTask.FormatDate(end));
        }

        w.WriteString("status", import.Status);
        w.WriteNumber("progressPercentage", import.ProgressPercentage);
        w.WriteStartObject("summary");
        WriteCounts(w, "waves", import.Waves);
        WriteCounts(w, "applications", import.Applications);
        WriteCounts(w, "servers", import.Servers);
        w.WriteEndObject();
        w.WriteStartObject("tags");
        foreach (var tag in import.Tags)
        {
            w.WriteString(tag.Key, tag.Value);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter w, string name, ImportCounts counts)
    {
        w.WriteStartObject(name);
        w.WriteNumber("createdCount", counts.CreatedCount);
        w.WriteNumber("modifiedCount", counts.ModifiedCount);
        w.WriteEndObject();
    }

    private static void WriteError(Utf8JsonWriter w, ImportError error)
    {
        w.WriteStartObject();
        w.WriteString("errorDateTime", ImportTask.FormatDate(error.ErrorDateTime));
        w.WriteString("errorType", error.ErrorType);
        w.WriteStartObject("errorData");
        w.WriteNumber("rowNumber", error.RowNumber);
        w.WriteString("rawError", error.RawError);
        w.WriteString("accountID", error.AccountId);
        WriteOptional(w, "applicationID", error.ApplicationId);
        WriteOptional(w, "sourceServerID", error.SourceServerId);
        WriteOptional(w, "waveID", error.WaveId);
        WriteOptional(w, "ec2LaunchTemplateID", error.Ec2LaunchTemplateId);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static ServiceResponse Respond(Exchange exchange, int status, Action<Utf8JsonWriter> writeMembers)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            writeMembers(w);
            w.WriteEndObject();
        }

        return new ServiceResponse(status, Json, buffer.WrittenSpan.ToArray());
    }

    private static ServiceResponse Error(Exchange exchange, ServiceErrorException error)
    {
        var frontEnd = FrontEndErrors.Contains(error.Code);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("message", error.Message);
            if (!frontEnd)
            {
                w.WriteString("code", error.Code);
            }

            foreach (var (name, value) in error.Details)
            {
                w.WritePropertyName(name);
                JsonSerializer.Serialize(w, value);
            }

            w.WriteEndObject();
        }

        var response = new ServiceResponse(error.StatusCode, Json, buffer.WrittenSpan.ToArray(), error.Code);
        response.Headers.Add(new("x-amzn-ErrorType", error.Code + (frontEnd ? FrontEndErrorSuffix : ServiceErrorSuffix)));
        return response;
    }

    private static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToPlain(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlain).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>Collects every field problem of a request into one ValidationException, as the service does.</summary>
    private sealed class Validation
    {
        private readonly List<(string Field, string? Value, string Rule)> problems = [];

        public void Add(string field, string? value, string rule) => problems.Add((field, value, rule));

        public JsonElement? Object(JsonElement parent, string name, bool required)
        {
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Add(name, null, "Member must not be null");
                }

                return null;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                Add(name, null, "Member must be a structure");
                return null;
            }

            return value;
        }

        public string? String(JsonElement parent, string path, string name, bool required)
        {
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Add(path, null, "Member must not be null");
                }

                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                Add(path, null, "Member must be a string");
                return null;
            }

            return value.GetString();
        }

        public void ThrowIfAny()
        {
            if (problems.Count == 0)
            {
                return;
            }

            var detail = string.Join("; ", problems.Select(p => (p.Value is null ? string.Empty : $"Value '{p.Value}' at ") + $"'{p.Field}' failed to satisfy constraint: {p.Rule}"));
            throw new ServiceErrorException(400, "ValidationException", $"{problems.Count} validation error{(problems.Count == 1 ? string.Empty : "s")} detected: {detail}")
                .With("reason", "fieldValidationFailed")
                .With("fieldList", problems.Select(p => new Dictionary<string, string> { ["name"] = p.Field, ["message"] = p.Rule }).ToList());
        }
    }
}
