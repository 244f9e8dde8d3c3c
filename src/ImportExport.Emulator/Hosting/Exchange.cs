using ImportExport.Emulator.Auth;

namespace ImportExport.Emulator.Hosting;

/// <summary>One request/response exchange as the services see it: the raw request plus what the pipeline learned about it.</summary>
internal sealed class Exchange
{
    public required HttpContext Http { get; init; }

    public required byte[] Body { get; init; }

    public required string RequestId { get; init; }

    public required DateTimeOffset Now { get; init; }

    public required RecordedRequest Record { get; init; }

    public required SignedRequest Signed { get; init; }

    /// <summary>Scheme and authority the client used, so URLs we hand out (shipping labels) point back at this emulator.</summary>
    public string PublicBaseUrl => $"{Http.Request.Scheme}://{Http.Request.Host}";

    /// <summary>
    /// Records what the signature check learned of the caller (the log keeps it even when the check failed), then
    /// returns the caller or throws the service's own error for the failure.
    /// </summary>
    public EmulatorCredential Authenticate(AuthResult result, Func<AuthResult, ServiceErrorException> reject)
    {
        Record.SignatureVersion = result.Version;
        Record.AccessKeyId = result.AccessKeyId;
        return result.Succeeded ? result.Credential! : throw reject(result);
    }
}
