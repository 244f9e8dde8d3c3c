using System.Globalization;
using System.Text.RegularExpressions;
using ImportExport.Emulator.Auth;
using ImportExport.Emulator.Hosting;
using ImportExport.Emulator.Query;

namespace ImportExport.Emulator.Sts;

/// <summary>
/// AWS STS, API 2011-06-15, query protocol (form-encoded <c>POST /</c> with <c>Action</c>): AssumeRole and
/// GetCallerIdentity signed with SigV4 as <c>sts</c> (any region: STS has regional endpoints), and
/// AssumeRoleWithWebIdentity unsigned, as AWS serves it. Issued credentials are temporary keys the emulator's
/// services accept from then on, owned by the role's account.
/// </summary>
internal sealed partial class StsProtocol : QueryProtocol
{
    public const string SigningName = "sts";
    public const string Namespace = "https://sts.amazonaws.com/doc/2011-06-15/";

    private static readonly QueryXmlStyle Style = new(Namespace, XmlDeclaration: false);

    // Static, unlike Actions, because Claims routes a request before any protocol instance sees it.
    private static readonly string[] Operations = ["AssumeRole", "AssumeRoleWithWebIdentity", "GetCallerIdentity"];

    private readonly EmulatorState state;

    public StsProtocol(EmulatorState state)
        : base(Style)
    {
        this.state = state;
        Actions = new Dictionary<string, QueryAction>(StringComparer.Ordinal)
        {
            ["AssumeRole"] = new(AssumeRole),
            ["GetCallerIdentity"] = new(GetCallerIdentity),
            ["AssumeRoleWithWebIdentity"] = new(AssumeRoleWithWebIdentity, Signed: false),
        };
    }

    public override string Service => ServiceNames.Sts;

    protected override IReadOnlyDictionary<string, QueryAction> Actions { get; }

    protected override bool AuthenticatesEveryRequest => false;

    /// <summary>True when a query-protocol request to <c>/</c> is for STS (its signing scope or its action), not Import/Export.</summary>
    public static bool Claims(string? authorization, string? action) =>
        (authorization is not null && authorization.Contains("/sts/aws4_request", StringComparison.Ordinal))
        || (action is not null && Operations.Contains(action, StringComparer.Ordinal));

    // The web identity token is a credential; the request log must not keep it.
    protected override bool IsLogged(string name) => name != "WebIdentityToken";

    protected override AuthResult Verify(SignedRequest request, DateTimeOffset now) => state.SigV4.Verify(request, SigningName, null, now);

    protected override ServiceErrorException InternalError() => new(500, "InternalFailure", "An internal error occurred.");

    protected override ServiceErrorException InvalidAction(string action) =>
        new(400, "InvalidAction", $"Could not find operation {action} for version 2011-06-15");

    protected override ServiceErrorException UnknownAccessKey() =>
        new(403, "InvalidClientTokenId", "The security token included in the request is invalid.");

    protected override ServiceErrorException ExpiredToken(AuthResult result) =>
        new(400, "ExpiredToken", "The security token included in the request is expired");

    private ServiceResponse AssumeRole(QueryRequest request)
    {
        var role = Assume(request);
        using var xml = request.Result("AssumeRole");
        WriteCredentials(xml, role.Issued);
        WriteAssumedRoleUser(xml, role);
        return request.Ok(xml);
    }

    private ServiceResponse AssumeRoleWithWebIdentity(QueryRequest request)
    {
        var token = request.Optional("WebIdentityToken");
        if (string.IsNullOrEmpty(token))
        {
            throw new ServiceErrorException(400, "ValidationError", "1 validation error detected: Value null at 'webIdentityToken' failed to satisfy constraint: Member must not be null");
        }

        if (token.Length > 20000 || token.StartsWith("expired", StringComparison.Ordinal))
        {
            throw new ServiceErrorException(400, token.Length > 20000 ? "InvalidIdentityToken" : "ExpiredTokenException", "The web identity token is not valid or has expired.");
        }

        var role = Assume(request);
        using var xml = request.Result("AssumeRoleWithWebIdentity");
        WriteCredentials(xml, role.Issued);
        xml.Element("SubjectFromWebIdentityToken", "emulator-subject");
        WriteAssumedRoleUser(xml, role);
        xml.Element("Audience", "sts.amazonaws.com");
        return request.Ok(xml);
    }

    private static ServiceResponse GetCallerIdentity(QueryRequest request)
    {
        var caller = request.Caller;
        var arn = caller.SessionToken is null
            ? $"arn:aws:iam::{caller.AccountId}:user/emulator"
            : $"arn:aws:sts::{caller.AccountId}:assumed-role/emulator/session";
        using var xml = request.Result("GetCallerIdentity");
        xml.Element("UserId", caller.AccessKeyId)
            .Element("Account", caller.AccountId)
            .Element("Arn", arn);
        return request.Ok(xml);
    }

    /// <summary>Checks the role and session the request names and issues the role's account a temporary key.</summary>
    private (string Account, string RoleName, string SessionName, EmulatorCredential Issued) Assume(QueryRequest request)
    {
        var (account, roleName) = Role(request);
        var sessionName = SessionName(request);
        var lifetime = state.IssuedLifetime(TimeSpan.FromSeconds(DurationSeconds(request)));
        return (account, roleName, sessionName, state.IssueTemporaryCredential(account, request.Exchange.Now + lifetime));
    }

    // DurationSeconds as the API model bounds it (900 to 43200; 3600 when absent). AWS also holds it to the role's
    // maximum session duration, which the emulator's roles do not have.
    private static int DurationSeconds(QueryRequest request)
    {
        var text = request.Optional("DurationSeconds");
        if (string.IsNullOrEmpty(text))
        {
            return 3600;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            throw new ServiceErrorException(400, "ValidationError", $"1 validation error detected: Value '{text}' at 'durationSeconds' failed to satisfy constraint: Member must be a number");
        }

        if (seconds < 900 || seconds > 43200)
        {
            throw new ServiceErrorException(400, "ValidationError", $"1 validation error detected: Value '{seconds}' at 'durationSeconds' failed to satisfy constraint: Member must have value {(seconds < 900 ? "greater than or equal to 900" : "less than or equal to 43200")}");
        }

        return seconds;
    }

    private static (string Account, string RoleName) Role(QueryRequest request)
    {
        var roleArn = request.Optional("RoleArn");
        if (string.IsNullOrEmpty(roleArn))
        {
            throw new ServiceErrorException(400, "ValidationError", "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null");
        }

        var match = RoleArnPattern().Match(roleArn);
        if (!match.Success)
        {
            throw new ServiceErrorException(400, "ValidationError", $"{roleArn} is invalid");
        }

        return (match.Groups["account"].Value, match.Groups["name"].Value);
    }

    private static string SessionName(QueryRequest request)
    {
        var name = request.Optional("RoleSessionName");
        if (string.IsNullOrEmpty(name) || !SessionNamePattern().IsMatch(name))
        {
            throw new ServiceErrorException(400, "ValidationError", "1 validation error detected: Value at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*");
        }

        return name;
    }

    private static void WriteCredentials(QueryXmlWriter xml, EmulatorCredential issued)
    {
        xml.StartElement("Credentials");
        xml.Element("AccessKeyId", issued.AccessKeyId)
            .Element("SecretAccessKey", issued.SecretAccessKey)
            .Element("SessionToken", issued.SessionToken)
            .Element("Expiration", issued.Expires!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        xml.EndElement();
    }

    private static void WriteAssumedRoleUser(QueryXmlWriter xml, (string Account, string RoleName, string SessionName, EmulatorCredential Issued) role)
    {
        xml.StartElement("AssumedRoleUser");
        xml.Element("AssumedRoleId", $"AROA{role.Issued.AccessKeyId[4..]}:{role.SessionName}")
            .Element("Arn", $"arn:aws:sts::{role.Account}:assumed-role/{role.RoleName}/{role.SessionName}");
        xml.EndElement();
    }

    [GeneratedRegex("^arn:aws[a-z-]*:iam::(?<account>[0-9]{12}):role/(?:[\\w+=,.@-]+/)*(?<name>[\\w+=,.@-]{1,64})$")]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex("^[\\w+=,.@-]{2,64}$")]
    private static partial Regex SessionNamePattern();
}
