using System.Buffers;
using System.Text.Json;
using ImportExport.Emulator.Hosting;

namespace ImportExport.Emulator.Mgn;

/// <summary>MGN's rest-json responses: a JSON object body, and errors as the service's front end and MGN itself shape them.</summary>
internal static class MgnResponses
{
    private const string Json = "application/json";
    private const string ServiceErrorSuffix = ":http://internal.amazon.com/coral/com.amazonaws.mgn/";
    private const string FrontEndErrorSuffix = ":http://internal.amazon.com/coral/com.amazon.coral.service/";

    // Error codes raised before the request reaches MGN itself (authentication layer): no "code" member, generic namespace.
    private static readonly HashSet<string> FrontEndErrors = new(StringComparer.Ordinal)
    {
        "MissingAuthenticationTokenException", "IncompleteSignatureException", "UnrecognizedClientException", "InvalidSignatureException", "ExpiredTokenException",
        "SerializationException", "UnknownOperationException",
    };

    public static ServiceResponse Respond(int status, Action<Utf8JsonWriter> writeMembers)
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

    public static ServiceResponse Error(ServiceErrorException error)
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
}
