using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ImportExport.Emulator.Auth;
using ImportExport.Emulator.Hosting;

namespace ImportExport.Emulator.Sts;

/// <summary>
/// AWS STS, API 2011-06-15, query protocol (form-encoded <c>POST /</c> with <c>Action</c>): AssumeRole and
/// GetCallerIdentity signed with SigV4 as <c>sts</c> (any region: STS has regional endpoints), and
/// AssumeRoleWithWebIdentity unsigned, as AWS serves it. Issued credentials are temporary keys the emulator's
/// services accept from then on, owned by the role's account.
/// </summary>
internal sealed partial class StsProtocol(EmulatorState state) : IServiceProtocol
{
    public const string SigningName = "sts";
    public const string Namespace = "https://sts.amazonaws.com/doc/2011-06-15/";

    private static readonly string[] Operations = ["AssumeRole", "AssumeRoleWithWebIdentity", "GetCallerIdentity"];

    public string Service => ServiceNames.Sts;

    /// <summary>True when a query-protocol request to <c>/</c> is for STS (its signing scope or its action), not Import/Export.</summary>
    public static bool Claims(string? authorization, string? action) =>
        (authorization is not null && authorization.Contains("/sts/aws4_request", StringComparison.Ordinal))
        || (action is not null && Operations.Contains(action, StringComparer.Ordinal));

    public string? ReadOperation(Exchange exchange)
    {
        exchange.Record.Parameters = exchange.Signed.FormParameters
            .Where(p => p.Key is not ("WebIdentityToken"))
            .GroupBy(p => p.Key)
            .ToDictionary(g => g.Key, g => (object?)g.First().Value, StringComparer.Ordinal);
        return ParameterPairs.Get(exchange.Signed.FormParameters, "Action") ?? ParameterPairs.Get(exchange.Signed.QueryParameters, "Action");
    }

    public ServiceResponse Fault(Exchange exchange, FaultKind kind) => kind == FaultKind.Throttle
        ? Error(exchange, new ServiceErrorException(400, "Throttling", "Rate exceeded"))
        : Error(exchange, new ServiceErrorException(500, "InternalFailure", "An internal error occurred."), "Receiver");

    public ServiceResponse Handle(Exchange exchange, string? operation)
    {
        try
        {
            return operation switch
            {
                "AssumeRole" => AssumeRole(exchange, Authenticate(exchange)),
                "GetCallerIdentity" => GetCallerIdentity(exchange, Authenticate(exchange)),
                "AssumeRoleWithWebIdentity" => AssumeRoleWithWebIdentity(exchange),
                null => throw new ServiceErrorException(400, "MissingAction", "The request must contain the parameter Action."),
                _ => throw new ServiceErrorException(400, "InvalidAction", $"Could not find operation {operation} for version 2011-06-15"),
            };
        }
        catch (ServiceErrorException ex)
        {
            return Error(exchange, ex);
        }
    }

    private EmulatorCredential Authenticate(Exchange exchange)
    {
        var result = state.SigV4.Verify(exchange.Signed, SigningName, null, exchange.Now);
        exchange.Record.SignatureVersion = result.Version;
        exchange.Record.AccessKeyId = result.AccessKeyId;
        return result.Failure switch
        {
            AuthFailure.None => result.Credential!,
            AuthFailure.MissingAuthentication => throw new ServiceErrorException(403, "MissingAuthenticationToken", result.Message),
            AuthFailure.IncompleteSignature => throw new ServiceErrorException(400, "IncompleteSignature", result.Message),
            AuthFailure.UnknownAccessKey => throw new ServiceErrorException(403, "InvalidClientTokenId", "The security token included in the request is invalid."),
            AuthFailure.SignatureMismatch => throw new ServiceErrorException(403, "SignatureDoesNotMatch", result.Message),
            AuthFailure.RequestExpired => throw new ServiceErrorException(400, "RequestExpired", result.Message),
            AuthFailure.ExpiredToken => throw new ServiceErrorException(400, "ExpiredToken", "The security token included in the request is expired"),
            _ => throw new ServiceErrorException(403, "InvalidClientTokenId", result.Message),
        };
    }

    private ServiceResponse AssumeRole(Exchange exchange, EmulatorCredential caller)
    {
        var (roleArn, account, roleName) = Role(exchange);
        var sessionName = SessionName(exchange);
        var issued = state.IssueTemporaryCredential(account);
        return Ok(exchange, "AssumeRole", Credentials(issued, exchange.Now), AssumedRoleUser(account, roleName, sessionName, issued));
    }

    private ServiceResponse AssumeRoleWithWebIdentity(Exchange exchange)
    {
        var token = ParameterPairs.Get(exchange.Signed.FormParameters, "WebIdentityToken");
        if (string.IsNullOrEmpty(token))
        {
            throw new ServiceErrorException(400, "ValidationError", "1 validation error detected: Value null at 'webIdentityToken' failed to satisfy constraint: Member must not be null");
        }

        if (token.Length > 20000 || token.StartsWith("expired", StringComparison.Ordinal))
        {
            throw new ServiceErrorException(400, token.Length > 20000 ? "InvalidIdentityToken" : "ExpiredTokenException", "The web identity token is not valid or has expired.");
        }

        var (roleArn, account, roleName) = Role(exchange);
        var sessionName = SessionName(exchange);
        var issued = state.IssueTemporaryCredential(account);
        return Ok(
            exchange,
            "AssumeRoleWithWebIdentity",
            Credentials(issued, exchange.Now),
            new XElement(XName.Get("SubjectFromWebIdentityToken", Namespace), "emulator-subject"),
            AssumedRoleUser(account, roleName, sessionName, issued),
            new XElement(XName.Get("Audience", Namespace), "sts.amazonaws.com"));
    }

    private static ServiceResponse GetCallerIdentity(Exchange exchange, EmulatorCredential caller)
    {
        var arn = caller.SessionToken is null
            ? $"arn:aws:iam::{caller.AccountId}:user/emulator"
            : $"arn:aws:sts::{caller.AccountId}:assumed-role/emulator/session";
        return Ok(
            exchange,
            "GetCallerIdentity",
            new XElement(XName.Get("UserId", Namespace), caller.AccessKeyId),
            new XElement(XName.Get("Account", Namespace), caller.AccountId),
            new XElement(XName.Get("Arn", Namespace), arn));
    }

    private static (string Arn, string Account, string RoleName) Role(Exchange exchange)
    {
        var roleArn = ParameterPairs.Get(exchange.Signed.FormParameters, "RoleArn");
        if (string.IsNullOrEmpty(roleArn))
        {
            throw new ServiceErrorException(400, "ValidationError", "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null");
        }

        var match = RoleArnPattern().Match(roleArn);
        if (!match.Success)
        {
            throw new ServiceErrorException(400, "ValidationError", $"{roleArn} is invalid");
        }

        return (roleArn, match.Groups["account"].Value, match.Groups["name"].Value);
    }

    private static string SessionName(Exchange exchange)
    {
        var name = ParameterPairs.Get(exchange.Signed.FormParameters, "RoleSessionName");
        if (string.IsNullOrEmpty(name) || !SessionNamePattern().IsMatch(name))
        {
            throw new ServiceErrorException(400, "ValidationError", "1 validation error detected: Value at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*");
        }

        return name;
    }

    private static XElement Credentials(EmulatorCredential issued, DateTimeOffset now) =>
        new(
            XName.Get("Credentials", Namespace),
            new XElement(XName.Get("AccessKeyId", Namespace), issued.AccessKeyId),
            new XElement(XName.Get("SecretAccessKey", Namespace), issued.SecretAccessKey),
            new XElement(XName.Get("SessionToken", Namespace), issued.SessionToken),
            new XElement(XName.Get("Expiration", Namespace), now.UtcDateTime.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));

    private static XElement AssumedRoleUser(string account, string roleName, string sessionName, EmulatorCredential issued) =>
        new(
            XName.Get("AssumedRoleUser", Namespace),
            new XElement(XName.Get("AssumedRoleId", Namespace), $"AROA{issued.AccessKeyId[4..]}:{sessionName}"),
            new XElement(XName.Get("Arn", Namespace), $"arn:aws:sts::{account}:assumed-role/{roleName}/{sessionName}"));

    private static ServiceResponse Ok(Exchange exchange, string operation, params XElement[] result)
    {
        var document = new XDocument(new XElement(
            XName.Get(operation + "Response", Namespace),
            new XElement(XName.Get(operation + "Result", Namespace), result),
            new XElement(XName.Get("ResponseMetadata", Namespace), new XElement(XName.Get("RequestId", Namespace), exchange.RequestId))));
        return new ServiceResponse(200, "text/xml", Encoding.UTF8.GetBytes(document.ToString(SaveOptions.DisableFormatting)));
    }

    private static ServiceResponse Error(Exchange exchange, ServiceErrorException error, string type = "Sender")
    {
        var document = new XDocument(new XElement(
            XName.Get("ErrorResponse", Namespace),
            new XElement(
                XName.Get("Error", Namespace),
                new XElement(XName.Get("Type", Namespace), type),
                new XElement(XName.Get("Code", Namespace), error.Code),
                new XElement(XName.Get("Message", Namespace), error.Message)),
            new XElement(XName.Get("RequestId", Namespace), exchange.RequestId)));
        return new ServiceResponse(error.StatusCode, "text/xml", Encoding.UTF8.GetBytes(document.ToString(SaveOptions.DisableFormatting)), error.Code);
    }

    [GeneratedRegex("^arn:aws[a-z-]*:iam::(?<account>[0-9]{12}):role/(?:[\\w+=,.@-]+/)*(?<name>[\\w+=,.@-]{1,64})$")]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex("^[\\w+=,.@-]{2,64}$")]
    private static partial Regex SessionNamePattern();
}
