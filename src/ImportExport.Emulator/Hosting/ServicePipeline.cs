using System.Globalization;
using System.Text;
using ImportExport.Emulator.Auth;
using Microsoft.AspNetCore.Http.Features;

namespace ImportExport.Emulator.Hosting;

/// <summary>
/// What every service request goes through, whatever the protocol: buffer the body, name the operation, record it,
/// apply an injected fault, run the handler, stamp Date and x-amzn-RequestId, write or drop the response.
/// </summary>
internal sealed partial class ServicePipeline(EmulatorState state, ILogger<ServicePipeline> logger)
{
    /// <summary>Generous for a 1 MiB manifest URL-encoded (up to 3x) plus other parameters.</summary>
    public const int MaxBodyBytes = 8 * 1024 * 1024;

    private static readonly byte[] LoadBalancer503 = "<html><body><b>Http/1.1 Service Unavailable</b></body> </html>"u8.ToArray();

    public async Task RunAsync(HttpContext http, IServiceProtocol protocol)
    {
        byte[] body;
        try
        {
            body = await ReadBodyAsync(http);
        }
        catch (BadHttpRequestException ex)
        {
            // Oversized or truncated body: answer like a front end would, before any service logic.
            var tooLarge = new ServiceResponse(ex.StatusCode, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(ex.Message), "BadRequest");
            await WriteAsync(http, tooLarge, Guid.NewGuid().ToString(), state.Options.ClockOffset);
            return;
        }

        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (http.Request.PathBase + http.Request.Path + http.Request.QueryString);
        var queryIndex = rawTarget.IndexOf('?');
        var rawPath = queryIndex < 0 ? rawTarget : rawTarget[..queryIndex];
        var rawQuery = queryIndex < 0 ? string.Empty : rawTarget[queryIndex..];
        var form = IsForm(http.Request.ContentType) ? AwsEncoding.ParsePairs(Encoding.UTF8.GetString(body)) : [];

        var requestId = Guid.NewGuid().ToString();
        var record = new RecordedRequest
        {
            Sequence = state.RequestLog.NextSequence(),
            ReceivedAt = DateTimeOffset.UtcNow,
            Service = protocol.Service,
            Method = http.Request.Method,
            Path = rawPath,
            Query = rawQuery,
            Headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Body = body,
            RequestId = requestId,
        };

        var exchange = new Exchange
        {
            Http = http,
            Body = body,
            RequestId = requestId,
            Now = DateTimeOffset.UtcNow + state.Options.ClockOffset,
            Record = record,
            Signed = new SignedRequest(http.Request.Method, rawPath, rawQuery, http.Request.Headers, body, AwsEncoding.ParsePairs(rawQuery), form),
        };

        var operation = protocol.ReadOperation(exchange);
        record.Operation = operation;
        state.RequestLog.Add(record);
        using var inFlight = state.Concurrency.Enter(protocol.Service, operation);

        var fault = state.Faults.Next(protocol.Service, operation);
        record.Fault = fault?.Kind;
        ServiceResponse response;
        switch (fault?.Kind)
        {
            case FaultKind.DropConnection:
                http.Abort();
                return;
            case FaultKind.Throttle:
            case FaultKind.InternalError:
                response = protocol.Fault(exchange, fault.Kind);
                break;
            case FaultKind.ServiceUnavailable:
                // What an overloaded AWS load balancer answers: a tiny HTML page, no service envelope. SDKs recognise
                // an <html> (or empty) 5xx body as a generic, retryable error; any other non-XML text breaks botocore's parser.
                response = new ServiceResponse(503, "text/html", LoadBalancer503, "ServiceUnavailable");
                break;
            case FaultKind.Delay:
                await Task.Delay(fault.DelayMs, http.RequestAborted);
                response = Handle(protocol, exchange, operation);
                break;
            default:
                response = Handle(protocol, exchange, operation);
                break;
        }

        record.StatusCode = response.StatusCode;
        record.ErrorCode = response.ErrorCode;
        if (fault?.Kind == FaultKind.DropAfterCommit)
        {
            http.Abort();
            return;
        }

        await WriteAsync(http, response, requestId, state.Options.ClockOffset);
    }

    // An emulator bug must still look like a service error to the client (and be visible in the log), not a bare 500.
    private ServiceResponse Handle(IServiceProtocol protocol, Exchange exchange, string? operation)
    {
        try
        {
            return protocol.Handle(exchange, operation);
        }
        catch (Exception ex)
        {
            LogHandlerFailed(logger, ex, protocol.Service, operation);
            return protocol.Fault(exchange, FaultKind.InternalError);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Service} {Operation} failed inside the emulator")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string service, string? operation);

    /// <summary>Writes a response with the headers every AWS response carries (Date from the emulator's clock, see <see cref="EmulatorOptions.ClockOffset"/>).</summary>
    public static async Task WriteAsync(HttpContext http, ServiceResponse response, string requestId, TimeSpan clockOffset = default)
    {
        http.Response.StatusCode = response.StatusCode;
        http.Response.ContentType = response.ContentType;
        http.Response.ContentLength = response.ContentLength ?? response.Body.Length;
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        http.Response.Headers.Date = (DateTimeOffset.UtcNow + clockOffset).ToString("R", CultureInfo.InvariantCulture);
        foreach (var header in response.Headers)
        {
            http.Response.Headers.Append(header.Key, header.Value);
        }

        if (response.Body.Length > 0)
        {
            await http.Response.Body.WriteAsync(response.Body, http.RequestAborted);
        }
    }

    private static bool IsForm(string? contentType) =>
        contentType is null || contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private static async Task<byte[]> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength is 0)
        {
            return [];
        }

        using var buffer = new MemoryStream(http.Request.ContentLength is { } length and <= MaxBodyBytes ? (int)length : 4096);
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        return buffer.ToArray();
    }
}
