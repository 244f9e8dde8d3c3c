using System.Text.Json;
using System.Text.RegularExpressions;
using ImportExport.Emulator.Hosting;

namespace ImportExport.Emulator.Mgn;

/// <summary>Collects every field problem of a request into one ValidationException, as the service does.</summary>
internal sealed partial class FieldValidation
{
    private readonly List<(string Field, string? Value, string Rule)> problems = [];

    public void Add(string field, string? value, string rule) => problems.Add((field, value, rule));

    public JsonElement? Object(JsonElement parent, string name, bool required) =>
        Member(parent, name, name, required, JsonValueKind.Object, "Member must be a structure");

    public string? String(JsonElement parent, string path, string name, bool required) =>
        Member(parent, path, name, required, JsonValueKind.String, "Member must be a string")?.GetString();

    /// <summary>A required S3 bucket name. The service enforces the model's pattern, which admits legacy us-east-1 names
    /// (uppercase, underscores, up to 255 characters) that today's S3BucketName rules refuse for new buckets.</summary>
    public string? S3Bucket(JsonElement parent, string path, string name)
    {
        var bucket = String(parent, path, name, required: true);
        if (bucket is not null && !ModelBucketPattern().IsMatch(bucket))
        {
            Add(path, bucket, "Member must satisfy regular expression pattern: [a-zA-Z0-9.\\-_]{1,255}");
        }

        return bucket;
    }

    /// <summary>A required S3 key of an inventory file: the model's <c>[^\x00]{1,1020}\.csv</c>.</summary>
    public string? S3Key(JsonElement parent, string path, string name)
    {
        var key = String(parent, path, name, required: true);
        if (key is not null && (key.Length < 5 || key.Length > 1024 || key.Contains('\0') || !key.EndsWith(".csv", StringComparison.Ordinal)))
        {
            Add(path, key, "Member must satisfy regular expression pattern: [^\\x00]{1,1020}\\.csv");
        }

        return key;
    }

    /// <summary>An optional 12-digit bucket owner account.</summary>
    public string? S3BucketOwner(JsonElement parent, string path, string name)
    {
        var owner = String(parent, path, name, required: false);
        if (owner is not null && !AccountIdPattern().IsMatch(owner))
        {
            Add(path, owner, "Member must be a 12-digit AWS account ID");
        }

        return owner;
    }

    /// <summary>The optional <c>tags</c> map of StartImport and StartExport.</summary>
    public SortedDictionary<string, string> Tags(JsonElement body)
    {
        var tags = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Object(body, "tags", required: false) is not { } tagObject)
        {
            return tags;
        }

        foreach (var tag in tagObject.EnumerateObject())
        {
            if (tag.Name.Length is < 1 or > 128)
            {
                Add("tags", tag.Name, "Tag keys must be 1 to 128 characters long");
            }
            else if (tag.Name.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                Add("tags", tag.Name, "Tag keys must not start with the reserved prefix aws:");
            }

            if (tag.Value.ValueKind != JsonValueKind.String)
            {
                Add("tags." + tag.Name, null, "Tag values must be strings");
                continue;
            }

            var value = tag.Value.GetString()!;
            if (value.Length > 256)
            {
                Add("tags." + tag.Name, null, "Tag values must be at most 256 characters long");
            }

            tags[tag.Name] = value;
        }

        if (tags.Count > 50)
        {
            Add("tags", null, "Member must have at most 50 entries");
        }

        return tags;
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

    // A JSON null counts as absent, as it does for the service's deserializer.
    private JsonElement? Member(JsonElement parent, string path, string name, bool required, JsonValueKind kind, string wrongKind)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Add(path, null, "Member must not be null");
            }

            return null;
        }

        if (value.ValueKind != kind)
        {
            Add(path, null, wrongKind);
            return null;
        }

        return value;
    }

    [GeneratedRegex(@"^[a-zA-Z0-9.\-_]{1,255}$")]
    private static partial Regex ModelBucketPattern();

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex AccountIdPattern();
}
