namespace ImportExport.Emulator.Hosting;

/// <summary>A wire protocol the pipeline can drive: Import/Export (query/XML) or MGN (rest-json).</summary>
internal interface IServiceProtocol
{
    string Service { get; }

    /// <summary>Decodes the request enough to name the operation and record its parameters; must not throw.</summary>
    string? ReadOperation(Exchange exchange);

    /// <summary>Authenticates and executes the request. Errors come back as error responses, not exceptions.</summary>
    ServiceResponse Handle(Exchange exchange, string? operation);

    /// <summary>The response for an injected Throttle or InternalError fault, in the service's own error format.</summary>
    ServiceResponse Fault(Exchange exchange, FaultKind kind);
}
