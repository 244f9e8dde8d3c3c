namespace ImportExport.Emulator.Hosting;

/// <summary>A service error raised anywhere inside a handler; the service turns it into its wire format.</summary>
internal sealed class ServiceErrorException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    /// <summary>Extra top-level JSON members for rest-json errors (reason, fieldList, resourceId, ...).</summary>
    public Dictionary<string, object?> Details { get; } = [];

    public ServiceErrorException With(string name, object? value)
    {
        Details[name] = value;
        return this;
    }
}
