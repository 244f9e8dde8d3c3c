namespace ImportExport.Emulator.Auth;

/// <summary>
/// What both signature versions check the same way once the signature itself is understood: whose key it is, whether
/// the session token fits the key, and how far the signing clock may be from ours.
/// </summary>
internal sealed class SigningCredentials(Func<string, EmulatorCredential?> findCredential, ISet<string> expiredTokens, TimeSpan maxSkew)
{
    public TimeSpan MaxSkew => maxSkew;

    public EmulatorCredential? Find(string accessKeyId) => findCredential(accessKeyId);

    /// <summary>
    /// A failure when the token is one of the expired ones, belongs to a temporary key past its expiration (what STS
    /// issued), or is not the key's own (a temporary key needs exactly its token, a long-term key none).
    /// </summary>
    public AuthResult? CheckToken(EmulatorCredential credential, string? token, string version, DateTimeOffset now)
    {
        if (token is not null && (expiredTokens.Contains(token) || (credential.Expires is { } expires && now >= expires && token == credential.SessionToken)))
        {
            return AuthResult.Fail(AuthFailure.ExpiredToken, "The security token included in the request is expired", version, credential.AccessKeyId);
        }

        if (!string.Equals(token, credential.SessionToken, StringComparison.Ordinal))
        {
            return AuthResult.Fail(AuthFailure.InvalidToken, "The security token included in the request is invalid.", version, credential.AccessKeyId);
        }

        return null;
    }
}
