using System.Text.Json;
using System.Text.RegularExpressions;
using ImportExport.Emulator.Hosting;
using ImportExport.Inventory;

namespace ImportExport.Emulator.Mgn;

/// <summary>
/// Collects every field problem of a request into one ValidationException, as the service does. The rules of the
/// start requests are <see cref="MgnStartRequestRules"/>, the ones Start-MGNImport and Start-MGNExport check by.
/// </summary>
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
        if (bucket is not null && MgnStartRequestRules.CheckS3Bucket(bucket) is not null)
        {
            Add(path, bucket, "Member must satisfy regular expression pattern: " + MgnStartRequestRules.S3BucketPattern);
        }

        return bucket;
    }

    /// <summary>A required S3 key of an inventory file: the model's <c>[^\x00]{1,1020}\.csv</c>.</summary>
    public string? S3Key(JsonElement parent, string path, string name)
    {
        var key = String(parent, path, name, required: true);
        if (key is not null && MgnStartRequestRules.CheckS3Key(key) is not null)
        {
            Add(path, key, "Member must satisfy regular expression pattern: " + MgnStartRequestRules.S3KeyPattern);
        }

        return key;
    }

    /// <summary>An optional 12-digit bucket owner account.</summary>
    public string? S3BucketOwner(JsonElement parent, string path, string name)
    {
        var owner = String(parent, path, name, required: false);
        if (owner is not null && !MgnStartRequestRules.IsAccountId(owner))
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
            switch (MgnStartRequestRules.CheckTagKey(tag.Name))
            {
                case MgnStartProblem.Empty or MgnStartProblem.TooLong:
                    Add("tags", tag.Name, $"Tag keys must be 1 to {MgnStartRequestRules.MaxTagKeyLength} characters long");
                    break;
                case MgnStartProblem.Reserved:
                    Add("tags", tag.Name, "Tag keys must not start with the reserved prefix " + MgnStartRequestRules.ReservedTagPrefix);
                    break;
            }

            if (tag.Value.ValueKind != JsonValueKind.String)
            {
                Add("tags." + tag.Name, null, "Tag values must be strings");
                continue;
            }

            var value = tag.Value.GetString()!;
            if (!MgnStartRequestRules.IsTagValue(value))
            {
                Add("tags." + tag.Name, null, $"Tag values must be at most {MgnStartRequestRules.MaxTagValueLength} characters long");
            }

            tags[tag.Name] = value;
        }

        if (!MgnStartRequestRules.IsTagCount(tags.Count))
        {
            Add("tags", null, $"Member must have at most {MgnStartRequestRules.MaxTags} entries");
        }

        return tags;
    }

    /// <summary>The id of one task (importID, exportID): required, <paramref name="noun"/>-[0-9a-zA-Z]{17}.</summary>
    public string? TaskId(JsonElement body, string name, string noun)
    {
        var id = String(body, name, name, required: true);
        if (id is not null && !IsTaskId(id, noun))
        {
            Add(name, id, TaskIdRule(noun));
        }

        return id;
    }

    /// <summary>A listing's filters.importIDs or filters.exportIDs: up to 10 task ids, each bad one named; none when absent.</summary>
    public List<string> TaskIdFilter(JsonElement body, string name, string noun)
    {
        var ids = new List<string>();
        var path = "filters." + name;
        if (Object(body, "filters", required: false) is not { } filters || !filters.TryGetProperty(name, out var idArray) || idArray.ValueKind == JsonValueKind.Null)
        {
            return ids;
        }

        if (idArray.ValueKind != JsonValueKind.Array)
        {
            Add(path, null, "Member must be a list");
            return ids;
        }

        foreach (var id in idArray.EnumerateArray())
        {
            var text = id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
            if (!IsTaskId(text, noun))
            {
                Add(path, text, TaskIdRule(noun));
            }

            ids.Add(text);
        }

        if (ids.Count > 10)
        {
            Add(path, null, "Member must have length less than or equal to 10");
        }

        return ids;
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

    private static bool IsTaskId(string text, string noun) => text.StartsWith(noun + "-", StringComparison.Ordinal) && TaskIdPattern().IsMatch(text);

    private static string TaskIdRule(string noun) => $"Member must satisfy regular expression pattern: {noun}-[0-9a-zA-Z]{{17}}";

    [GeneratedRegex("^(import|export)-[0-9a-zA-Z]{17}$")]
    private static partial Regex TaskIdPattern();
}
