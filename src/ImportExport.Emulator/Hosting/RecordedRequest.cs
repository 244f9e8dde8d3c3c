namespace ImportExport.Emulator;

/// <summary>
/// One service request as the emulator received it, with what it made of it. Tests compare these between our client
/// and independent peers (botocore, aws-sdk JS), so headers and body are kept exactly as sent.
/// </summary>
public sealed class RecordedRequest
{
    public required long Sequence { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary><c>importexport</c> or <c>mgn</c>.</summary>
    public required string Service { get; init; }

    /// <summary>The operation (Action / path), or null when it could not be determined.</summary>
    public string? Operation { get; set; }

    public required string Method { get; init; }

    public required string Path { get; init; }

    /// <summary>The raw query string including the leading <c>?</c>, or empty.</summary>
    public required string Query { get; init; }

    /// <summary>Headers as received; repeated headers are joined with a comma.</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public required byte[] Body { get; init; }

    /// <summary>The body as UTF-8 text.</summary>
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);

    /// <summary>
    /// Import/Export: the query/form parameters minus the authentication ones (AWSAccessKeyId, Signature, ...), values decoded.
    /// MGN: the JSON body parsed into plain objects (Dictionary, List, string, double, bool, null).
    /// </summary>
    public IReadOnlyDictionary<string, object?> Parameters { get; set; } = new Dictionary<string, object?>();

    /// <summary><c>v4</c>, <c>v2</c>, or null when the request was not signed.</summary>
    public string? SignatureVersion { get; set; }

    public string? AccessKeyId { get; set; }

    public int StatusCode { get; set; }

    /// <summary>The error code returned, null on success.</summary>
    public string? ErrorCode { get; set; }

    /// <summary>The fault injected into this request, if any.</summary>
    public FaultKind? Fault { get; set; }

    public required string RequestId { get; init; }
}
