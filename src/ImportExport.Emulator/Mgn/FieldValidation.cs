using System.Text.Json;
using ImportExport.Emulator.Hosting;

namespace ImportExport.Emulator.Mgn;

/// <summary>Collects every field problem of a request into one ValidationException, as the service does.</summary>
internal sealed class FieldValidation
{
    private readonly List<(string Field, string? Value, string Rule)> problems = [];

    public void Add(string field, string? value, string rule) => problems.Add((field, value, rule));

    public JsonElement? Object(JsonElement parent, string name, bool required) =>
        Member(parent, name, name, required, JsonValueKind.Object, "Member must be a structure");

    public string? String(JsonElement parent, string path, string name, bool required) =>
        Member(parent, path, name, required, JsonValueKind.String, "Member must be a string")?.GetString();

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
}
