using System.Text.Json;
using System.Text.RegularExpressions;
using ImportExport.Emulator.Hosting;

namespace ImportExport.Emulator.Sso;

/// <summary>
/// The IAM Identity Center (SSO) portal's GetRoleCredentials, rest-json: <c>GET /federation/credentials?role_name=R&amp;account_id=A</c>
/// with the cached access token in <c>x-amz-sso_bearer_token</c> (not SigV4-signed). Tokens are those registered with
/// <see cref="EmulatorState.AddSsoAccessToken"/>; any other is UnauthorizedException, as for an expired session.
/// </summary>
internal sealed partial class SsoPortalProtocol(EmulatorState state) : IServiceProtocol
{
    public const string Path = "/federation/credentials";

    public string Service => ServiceNames.Sso;

    public string? ReadOperation(Exchange exchange)
    {
        exchange.Record.Parameters = exchange.Http.Request.Query.ToDictionary(q => q.Key, q => (object?)q.Value.ToString(), StringComparer.Ordinal);
        return "GetRoleCredentials";
    }

    public ServiceResponse Fault(Exchange exchange, FaultKind kind) => kind == FaultKind.Throttle
        ? Error(new ServiceErrorException(429, "TooManyRequestsException", "Rate exceeded"))
        : Error(new ServiceErrorException(500, "InternalServerException", "An internal error occurred."));

    public ServiceResponse Handle(Exchange exchange, string? operation)
    {
        try
        {
            var query = exchange.Http.Request.Query;
            var token = exchange.Http.Request.Headers["x-amz-sso_bearer_token"].ToString();
            if (string.IsNullOrEmpty(token) || !state.IsSsoAccessToken(token))
            {
                throw new ServiceErrorException(401, "UnauthorizedException", "Session token not found or invalid");
            }

            var role = query["role_name"].ToString();
            var account = query["account_id"].ToString();
            if (string.IsNullOrEmpty(role) || !AccountPattern().IsMatch(account))
            {
                throw new ServiceErrorException(400, "InvalidRequestException", "role_name and a 12-digit account_id are required");
            }

            var issued = state.IssueTemporaryCredential(account, exchange.Now + state.IssuedLifetime(TimeSpan.FromHours(1)));
            var body = JsonSerializer.SerializeToUtf8Bytes(new
            {
                roleCredentials = new
                {
                    accessKeyId = issued.AccessKeyId,
                    secretAccessKey = issued.SecretAccessKey,
                    sessionToken = issued.SessionToken,
                    expiration = issued.Expires!.Value.ToUnixTimeMilliseconds(),
                },
            });
            return new ServiceResponse(200, "application/json", body);
        }
        catch (ServiceErrorException ex)
        {
            return Error(ex);
        }
    }

    private static ServiceResponse Error(ServiceErrorException error)
    {
        var response = new ServiceResponse(error.StatusCode, "application/json", JsonSerializer.SerializeToUtf8Bytes(new { message = error.Message }), error.Code);
        response.Headers.Add(new("x-amzn-ErrorType", error.Code));
        return response;
    }

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex AccountPattern();
}
