namespace ImportExport.Emulator.Auth;

/// <summary>What a verifier needs of an HTTP request: everything as it came off the wire.</summary>
internal sealed record SignedRequest(
    string Method,
    string RawPath,
    string RawQuery,
    IHeaderDictionary Headers,
    byte[] Body,
    IReadOnlyList<KeyValuePair<string, string>> QueryParameters,
    IReadOnlyList<KeyValuePair<string, string>> FormParameters)
{
    /// <summary>A parameter of the form body, or else of the query string: where the query protocols look for their input.</summary>
    public string? Parameter(string name) => ParameterPairs.Get(FormParameters, name) ?? ParameterPairs.Get(QueryParameters, name);
}
