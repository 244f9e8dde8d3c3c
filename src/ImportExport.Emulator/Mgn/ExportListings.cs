using System.Text.Json;
using ImportExport.Emulator.Hosting;

namespace ImportExport.Emulator.Mgn;

/// <summary>MGN's ListExports and ListExportErrors: the caller's exports in the request's region, a page at a time.</summary>
internal sealed class ExportListings(EmulatorState state)
{
    public ServiceResponse ListExports(EmulatorCredential caller, string region, JsonElement body)
    {
        var problems = new FieldValidation();
        var ids = problems.TaskIdFilter(body, "exportIDs", "export");
        var (maxResults, offset) = MgnPaging.Read(problems, body);
        problems.ThrowIfAny();

        return MgnPaging.Respond(state.Exports.List(caller.AccountId, region, ids), offset, maxResults, ExportJson.WriteExport);
    }

    public ServiceResponse ListExportErrors(EmulatorCredential caller, string region, JsonElement body)
    {
        var problems = new FieldValidation();
        var exportId = problems.TaskId(body, "exportID", "export");
        var (maxResults, offset) = MgnPaging.Read(problems, body);
        problems.ThrowIfAny();

        // The model lists no ResourceNotFoundException for ListExportErrors (only UninitializedAccount and
        // Validation): an export id the account does not have is a ValidationException naming it.
        var export = state.Exports.Get(exportId!, caller.AccountId, region)
            ?? throw new ServiceErrorException(400, "ValidationException", $"Export {exportId} not found.")
                .With("reason", "other");
        return MgnPaging.Respond(export.Errors.ToList(), offset, maxResults, ExportJson.WriteError);
    }
}
