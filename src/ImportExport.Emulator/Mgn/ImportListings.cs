using System.Text.Json;
using ImportExport.Emulator.Hosting;

namespace ImportExport.Emulator.Mgn;

/// <summary>MGN's ListImports and ListImportErrors: the caller's imports in the request's region, a page at a time.</summary>
internal sealed class ImportListings(EmulatorState state)
{
    public ServiceResponse ListImports(EmulatorCredential caller, string region, JsonElement body)
    {
        var problems = new FieldValidation();
        var ids = problems.TaskIdFilter(body, "importIDs", "import");
        var (maxResults, offset) = MgnPaging.Read(problems, body);
        problems.ThrowIfAny();

        var imports = state.Imports.List(caller.AccountId, region, ids);
        return MgnPaging.Respond(imports, offset, maxResults, ImportJson.WriteImport);
    }

    public ServiceResponse ListImportErrors(EmulatorCredential caller, string region, JsonElement body)
    {
        var problems = new FieldValidation();
        var importId = problems.TaskId(body, "importID", "import");
        var (maxResults, offset) = MgnPaging.Read(problems, body);
        problems.ThrowIfAny();

        var import = state.Imports.Get(importId!, caller.AccountId, region)
            ?? throw new ServiceErrorException(404, "ResourceNotFoundException", $"Import {importId} not found.")
                .With("resourceId", importId).With("resourceType", "IMPORT_TASK");
        return MgnPaging.Respond(import.Errors.ToList(), offset, maxResults, ImportJson.WriteError);
    }
}
