namespace ImportExport.Emulator.Hosting;

/// <summary>
/// A fully built response. Handlers return one instead of writing to the socket so the pipeline can record it and,
/// for the DropAfterCommit fault, throw it away after the state change is committed.
/// </summary>
internal sealed class ServiceResponse(int statusCode, string contentType, byte[] body, string? errorCode = null)
{
    public int StatusCode { get; } = statusCode;

    public string ContentType { get; } = contentType;

    public byte[] Body { get; } = body;

    /// <summary>Set for error responses; recorded in the request log.</summary>
    public string? ErrorCode { get; } = errorCode;

    public List<KeyValuePair<string, string>> Headers { get; } = [];

    /// <summary>Content-Length when it is not the body's (HEAD: the object's size, no body).</summary>
    public long? ContentLength { get; init; }
}
