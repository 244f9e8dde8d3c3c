using ImportExport.Emulator.Auth;
using ImportExport.Emulator.Hosting;

namespace ImportExport.Emulator.Query;

/// <summary>
/// The AWS query protocol as Import/Export and STS speak it: form-encoded (or query-string) parameters with
/// <c>Action</c>, a signature check, and XML results and <c>ErrorResponse</c> documents. Each service declares its
/// actions, how it verifies signatures and the error words in which it differs from the other.
/// </summary>
internal abstract class QueryProtocol(QueryXmlStyle style) : IServiceProtocol
{
    public const string TextXml = "text/xml";

    // Authentication parameters are not operation input; the request log leaves them out of Parameters.
    private static readonly HashSet<string> AuthParameters = new(StringComparer.Ordinal)
    {
        "AWSAccessKeyId", "Signature", "SignatureVersion", "SignatureMethod", "Timestamp", "Expires", "SecurityToken",
        "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-SignedHeaders", "X-Amz-Signature", "X-Amz-Security-Token",
    };

    public abstract string Service { get; }

    /// <summary>The service's actions by name.</summary>
    protected abstract IReadOnlyDictionary<string, QueryAction> Actions { get; }

    /// <summary>
    /// True when every request is authenticated before its action is looked up, so that an unknown action from an
    /// unknown caller is an authentication error (Import/Export); false when only signed actions authenticate (STS).
    /// </summary>
    protected abstract bool AuthenticatesEveryRequest { get; }

    public string? ReadOperation(Exchange exchange)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in exchange.Signed.QueryParameters.Concat(exchange.Signed.FormParameters))
        {
            if (!AuthParameters.Contains(pair.Key) && IsLogged(pair.Key))
            {
                parameters[pair.Key] = pair.Value;
            }
        }

        exchange.Record.Parameters = parameters;
        return ActionOf(exchange.Signed);
    }

    public ServiceResponse Fault(Exchange exchange, FaultKind kind) => kind == FaultKind.Throttle
        ? Error(exchange, new ServiceErrorException(400, "Throttling", "Rate exceeded"))
        : Error(exchange, InternalError(), type: "Receiver");

    public ServiceResponse Handle(Exchange exchange, string? operation)
    {
        try
        {
            var caller = AuthenticatesEveryRequest ? Authenticate(exchange) : null;
            var action = operation is null
                ? throw new ServiceErrorException(400, "MissingAction", "The request must contain the parameter Action.")
                : Actions.GetValueOrDefault(operation) ?? throw InvalidAction(operation);
            if (caller is null && action.Signed)
            {
                caller = Authenticate(exchange);
            }

            return action.Run(new QueryRequest(exchange, caller, style));
        }
        catch (ServiceErrorException ex)
        {
            return Error(exchange, ex);
        }
    }

    /// <summary>The action the request names; null when it names none.</summary>
    protected virtual string? ActionOf(SignedRequest request) => request.Parameter("Action");

    /// <summary>False for a parameter that is not operation input the request log should keep (besides the authentication ones).</summary>
    protected virtual bool IsLogged(string name) => true;

    protected abstract AuthResult Verify(SignedRequest request, DateTimeOffset now);

    /// <summary>The error for an injected InternalError fault or an emulator bug.</summary>
    protected abstract ServiceErrorException InternalError();

    protected abstract ServiceErrorException InvalidAction(string action);

    protected abstract ServiceErrorException UnknownAccessKey();

    protected abstract ServiceErrorException ExpiredToken(AuthResult result);

    private EmulatorCredential Authenticate(Exchange exchange) =>
        exchange.Authenticate(Verify(exchange.Signed, exchange.Now), Rejection);

    private ServiceErrorException Rejection(AuthResult result) => result.Failure switch
    {
        AuthFailure.MissingAuthentication => new ServiceErrorException(403, "MissingAuthenticationToken", result.Message),
        AuthFailure.IncompleteSignature => new ServiceErrorException(400, "IncompleteSignature", result.Message),
        AuthFailure.UnknownAccessKey => UnknownAccessKey(),
        AuthFailure.SignatureMismatch => new ServiceErrorException(403, "SignatureDoesNotMatch", result.Message),
        AuthFailure.RequestExpired => new ServiceErrorException(400, "RequestExpired", result.Message),
        AuthFailure.ExpiredToken => ExpiredToken(result),
        _ => new ServiceErrorException(403, "InvalidClientTokenId", result.Message),
    };

    private ServiceResponse Error(Exchange exchange, ServiceErrorException error, string type = "Sender") =>
        new(error.StatusCode, TextXml, QueryXmlWriter.Error(style, error.Code, error.Message, exchange.RequestId, type), error.Code);
}
