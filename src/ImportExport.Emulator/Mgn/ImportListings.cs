using System.Text.Json;
using System.Text.RegularExpressions;
using ImportExport.Emulator.Hosting;

namespace ImportExport.Emulator.Mgn;

/// <summary>MGN's ListImports and ListImportErrors: the caller's imports in the request's region, a page at a time.</summary>
internal sealed partial class ImportListings(EmulatorState state)
{
    public ServiceResponse ListImports(EmulatorCredential caller, string region, JsonElement body)
    {
        var problems = new FieldValidation();
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

        var (maxResults, offset) = MgnPaging.Read(problems, body);
        problems.ThrowIfAny();

        var imports = state.Imports.List(caller.AccountId, region, ids);
        return MgnPaging.Respond(imports, offset, maxResults, ImportJson.WriteImport);
    }

    public ServiceResponse ListImportErrors(EmulatorCredential caller, string region, JsonElement body)
    {
        var problems = new FieldValidation();
        var importId = problems.String(body, "importID", "importID", required: true);
        if (importId is not null && !ImportIdPattern().IsMatch(importId))
        {
            problems.Add("importID", importId, "Member must satisfy regular expression pattern: import-[0-9a-zA-Z]{17}");
        }

        var (maxResults, offset) = MgnPaging.Read(problems, body);
        problems.ThrowIfAny();

        var import = state.Imports.Get(importId!, caller.AccountId, region)
            ?? throw new ServiceErrorException(404, "ResourceNotFoundException", $"Import {importId} not found.")
                .With("resourceId", importId).With("resourceType", "IMPORT_TASK");
        return MgnPaging.Respond(import.Errors.ToList(), offset, maxResults, ImportJson.WriteError);
    }

    [GeneratedRegex("^import-[0-9a-zA-Z]{17}$")]
    private static partial Regex ImportIdPattern();
}
