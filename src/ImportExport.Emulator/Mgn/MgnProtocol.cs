using System.Text.Json;
using ImportExport.Emulator.Auth;
using ImportExport.Emulator.Hosting;

namespace ImportExport.Emulator.Mgn;

/// <summary>
/// AWS Application Migration Service (API 2020-02-26), rest-json: <c>POST /StartImport</c>, <c>/ListImports</c>,
/// <c>/ListImportErrors</c>, <c>/StartExport</c>, <c>/ListExports</c>, <c>/ListExportErrors</c> with JSON bodies, SigV4 as <c>mgn</c> in the region of the credential scope. Errors carry
/// <c>x-amzn-ErrorType</c> and a JSON body with <c>message</c> (and <c>code</c>, plus the shape's extra members).
/// </summary>
internal sealed class MgnProtocol(EmulatorState state) : IServiceProtocol
{
    public const string SigningName = "mgn";

    private readonly StartImportAction startImport = new(state);
    private readonly ImportListings listings = new(state);
    private readonly StartExportAction startExport = new(state);
    private readonly ExportListings exportListings = new(state);

    public string Service => ServiceNames.Mgn;

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
            var response = MgnResponses.Error(new ServiceErrorException(429, "ThrottlingException", "Rate exceeded"));
            response.Headers.Add(new("Retry-After", "1"));
            return response;
        }

        return MgnResponses.Error(new ServiceErrorException(500, "InternalServerException", "An internal error has occurred."));
    }

    public ServiceResponse Handle(Exchange exchange, string? operation)
    {
        try
        {
            var result = state.SigV4.Verify(exchange.Signed, SigningName, region: null, exchange.Now);
            var caller = exchange.Authenticate(result, Rejection);
            var region = result.Region ?? string.Empty;
            var body = ParseBody(exchange);
            if (operation is "StartImport" or "ListImports" or "ListImportErrors" or "StartExport" or "ListExports" or "ListExportErrors" && state.IsUninitialized(caller.AccountId))
            {
                throw new ServiceErrorException(400, "UninitializedAccountException", "Account not initialized. Initialize the Application Migration Service in this Region before use.");
            }

            return operation switch
            {
                "StartImport" => startImport.StartImport(exchange, caller, region, body),
                "ListImports" => listings.ListImports(caller, region, body),
                "ListImportErrors" => listings.ListImportErrors(caller, region, body),
                "StartExport" => startExport.StartExport(exchange, caller, region, body),
                "ListExports" => exportListings.ListExports(caller, region, body),
                "ListExportErrors" => exportListings.ListExportErrors(caller, region, body),
                _ => throw new ServiceErrorException(404, "UnknownOperationException", $"Unknown operation {operation}."),
            };
        }
        catch (ServiceErrorException ex)
        {
            return MgnResponses.Error(ex);
        }
    }

    private static ServiceErrorException Rejection(AuthResult result) => result.Failure switch
    {
        AuthFailure.MissingAuthentication => new ServiceErrorException(403, "MissingAuthenticationTokenException", "Missing Authentication Token"),
        AuthFailure.IncompleteSignature => new ServiceErrorException(400, "IncompleteSignatureException", result.Message),
        AuthFailure.UnknownAccessKey or AuthFailure.InvalidToken => new ServiceErrorException(403, "UnrecognizedClientException", "The security token included in the request is invalid."),
        AuthFailure.ExpiredToken => new ServiceErrorException(403, "ExpiredTokenException", "The security token included in the request is expired"),
        _ => new ServiceErrorException(403, "InvalidSignatureException", result.Message),
    };

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
}
