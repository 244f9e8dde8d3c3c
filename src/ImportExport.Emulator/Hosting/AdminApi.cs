namespace ImportExport.Emulator.Hosting;

/// <summary>
/// The unauthenticated JSON control API under <c>/__admin</c> (reachable from loopback only, like the rest): lets a test
/// or a person move jobs and imports along, inject faults, read the request log, seed data and reset.
/// </summary>
internal static class AdminApi
{
    public static void Map(WebApplication app, EmulatorState state)
    {
        var admin = app.MapGroup("/__admin");

        admin.MapGet("/requests", () => Results.Json(state.Requests));
        admin.MapDelete("/requests", () =>
        {
            state.ClearRequests();
            return Results.NoContent();
        });

        // A token as `aws sso login` would cache it, that the SSO portal then accepts.
        admin.MapPost("/sso-tokens/{token}", (string token) =>
        {
            state.AddSsoAccessToken(token);
            return Results.NoContent();
        });

        admin.MapGet("/jobs/{id}", (string id) => state.GetJob(id) is { } job ? Results.Json(job) : NotFound($"No job {id}."));
        admin.MapPost("/jobs/{id}/advance", (string id, string? to) => Guard(() => state.AdvanceJob(id, to)));

        admin.MapGet("/imports/{id}", (string id) => state.GetImport(id) is { } import ? Results.Json(import) : NotFound($"No import {id}."));
        admin.MapPost("/imports/{id}/advance", (string id, string? to) => Guard(() => state.AdvanceImport(id, to)));

        admin.MapGet("/exports/{id}", (string id) => state.GetExport(id) is { } export ? Results.Json(export) : NotFound($"No export {id}."));
        admin.MapPost("/exports/{id}/advance", (string id, string? to) => Guard(() => state.AdvanceExport(id, to)));

        admin.MapGet("/faults", () => Results.Json(new
        {
            injected = state.FaultsInjected.ToDictionary(f => f.Key.ToString(), f => f.Value),
            total = state.Faults.TotalInjected,
            active = state.Faults.Describe(),
        }));
        admin.MapPost("/faults", (FaultSpec spec) => Guard(() =>
        {
            state.InjectFault(spec);
            return state.Faults.Describe();
        }));
        admin.MapDelete("/faults", () =>
        {
            state.ClearFaults();
            return Results.NoContent();
        });

        admin.MapPost("/seed", (int jobs) => Guard(() =>
        {
            state.SeedJobs(jobs);
            return new { seeded = jobs, total = state.JobCount };
        }));

        admin.MapGet("/buckets", () => Results.Json(state.Buckets.Order(StringComparer.Ordinal)));
        admin.MapPost("/buckets/{name}", (string name) => Guard(() =>
        {
            state.AddBucket(name);
            return new { bucket = name };
        }));

        admin.MapPost("/credentials", (EmulatorCredential credential) => Guard(() =>
        {
            state.AddCredential(credential);
            return new { accessKeyId = credential.AccessKeyId, accountId = credential.AccountId };
        }));

        admin.MapPost("/accounts/{id}/uninitialized", (string id) =>
        {
            state.SetAccountInitialized(id, initialized: false);
            return Results.NoContent();
        });
        admin.MapDelete("/accounts/{id}/uninitialized", (string id) =>
        {
            state.SetAccountInitialized(id, initialized: true);
            return Results.NoContent();
        });

        admin.MapPost("/reset", () =>
        {
            state.Reset();
            return Results.NoContent();
        });
    }

    // Maps the state API's exceptions onto statuses a script can branch on.
    private static IResult Guard<T>(Func<T> action)
    {
        try
        {
            return Results.Json(action());
        }
        catch (KeyNotFoundException ex)
        {
            return NotFound(ex.Message);
        }
        catch (ArgumentException ex)
        {
            return Results.Json(new { error = ex.Message }, statusCode: 400);
        }
        catch (FormatException ex)
        {
            return Results.Json(new { error = ex.Message }, statusCode: 400);
        }
        catch (InvalidOperationException ex)
        {
            return Results.Json(new { error = ex.Message }, statusCode: 409);
        }
    }

    private static IResult NotFound(string message) => Results.Json(new { error = message }, statusCode: 404);
}
