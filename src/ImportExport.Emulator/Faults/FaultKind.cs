using System.Text.Json.Serialization;

namespace ImportExport.Emulator;

/// <summary>What goes wrong when a fault fires.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FaultKind>))]
public enum FaultKind
{
    /// <summary>The service throttles: Import/Export answers 400 <c>Throttling</c> (XML), MGN 429 <c>ThrottlingException</c>.</summary>
    Throttle,

    /// <summary>HTTP 500 with the service's InternalError / InternalServerException body.</summary>
    InternalError,

    /// <summary>HTTP 503 with the small HTML body an AWS load balancer sends (no service error envelope).</summary>
    ServiceUnavailable,

    /// <summary>The connection is aborted before the request is processed: nothing changes.</summary>
    DropConnection,

    /// <summary>The request is processed and committed, then the connection is aborted without a response: a retry sees the effect.</summary>
    DropAfterCommit,

    /// <summary>The response is delayed by <see cref="FaultSpec.DelayMs"/>, then the request is processed normally.</summary>
    Delay,
}
