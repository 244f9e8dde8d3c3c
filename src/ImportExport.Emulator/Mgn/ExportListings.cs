using System.Text.Json;
using System.Text.RegularExpressions;
using ImportExport.Emulator.Hosting;

namespace ImportExport.Emulator.Mgn;

/// <summary>MGN's ListExports and ListExportErrors: the caller's exports in the request's region, a page at a time.</summary>
internal sealed partial class ExportListings(EmulatorState state)
{
    private const string IdRule = "Member must satisfy regular expression pattern: export-[0-9a-zA-Z]{17}";

    public ServiceResponse ListExports(EmulatorCredential caller, string region, JsonElement body)
    {
        var problems = new FieldValidation();
        var ids = new List<string>();
        if (problems.Object(body, "filters", required: false) is { } filters && filters.TryGetProperty("exportIDs", out var idArray) && idArray.ValueKind != JsonValueKind.Null)
        {
            if (idArray.ValueKind != JsonValueKind.Array)
            {
                problems.Add("filters.exportIDs", null, "Member must be a list");
            }
            else
            {
                foreach (var id in idArray.EnumerateArray())
                {
                    var text = id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
                    if (!ExportIdPattern().IsMatch(text))
                    {
                        problems.Add("filters.exportIDs", text, IdRule);
                    }

                    ids.Add(text);
                }

                if (ids.Count > 10)
                {
                    problems.Add("filters.exportIDs", null, "Member must have length less than or equal to 10");
                }
            }
        }

        var (maxResults, offset) = MgnPaging.Read(problems, body);
        problems.ThrowIfAny();

        return MgnPaging.Respond(state.Exports.List(caller.AccountId, region, ids), offset, maxResults, ExportJson.WriteExport);
    }

    public ServiceResponse ListExportErrors(EmulatorCredential caller, string region, JsonElement body)
    {
        var problems = new FieldValidation();
        var exportId = problems.String(body, "exportID", "exportID", required: true);
        if (exportId is not null && !ExportIdPattern().IsMatch(exportId))
        {
            problems.Add("exportID", exportId, IdRule);
        }

        var (maxResults, offset) = MgnPaging.Read(problems, body);
        problems.ThrowIfAny();

        // The model lists no ResourceNotFoundException for ListExportErrors (only UninitializedAccount and
        // Validation): an export id the account does not have is a ValidationException naming it.
        var export = state.Exports.Get(exportId!, caller.AccountId, region)
            ?? throw new ServiceErrorException(400, "ValidationException", $"Export {exportId} not found.")
                .With("reason", "other");
        return MgnPaging.Respond(export.Errors.ToList(), offset, maxResults, ExportJson.WriteError);
    }

    [GeneratedRegex("^export-[0-9a-zA-Z]{17}$")]
    private static partial Regex ExportIdPattern();
}
