using ImportExport.Emulator.Hosting;

namespace ImportExport.Emulator.Query;

/// <summary>One query-protocol request as an action sees it: its parameters, who signed it, and how its service writes XML.</summary>
internal sealed class QueryRequest(Exchange exchange, EmulatorCredential? caller, QueryXmlStyle style)
{
    public Exchange Exchange { get; } = exchange;

    /// <summary>The authenticated caller; an unsigned action has none and must not ask.</summary>
    public EmulatorCredential Caller => caller ?? throw new InvalidOperationException("An unsigned action has no caller.");

    /// <summary>A parameter from the form body or the query string, decoded; null when absent.</summary>
    public string? Optional(string name) => Exchange.Signed.Parameter(name);

    /// <summary>A writer positioned inside <c>&lt;{operation}Result&gt;</c>, in the service's namespace.</summary>
    public QueryXmlWriter Result(string operation, int capacity = 1024) => QueryXmlWriter.ForResult(style, operation, capacity);

    public ServiceResponse Ok(QueryXmlWriter xml) => new(200, QueryProtocol.TextXml, xml.Finish(Exchange.RequestId));
}
