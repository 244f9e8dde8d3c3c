namespace ImportExport.Emulator;

/// <summary>
/// A key pair the emulator accepts. <see cref="SessionToken"/> set means the key is temporary: requests must carry exactly that token.
/// <see cref="AccountId"/> owns the jobs and imports created with the key and appears in MGN ARNs.
/// </summary>
public sealed record EmulatorCredential(string AccessKeyId, string SecretAccessKey, string? SessionToken = null, string AccountId = "111122223333")
{
    /// <summary>When a temporary key stops working (what STS and the SSO portal issue): later requests fail with ExpiredToken.</summary>
    public DateTimeOffset? Expires { get; init; }

    /// <summary>The AWS documentation's example key pair, accepted unless the credential list is replaced.</summary>
    public static EmulatorCredential DocumentationExample { get; } = new("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

    /// <summary>Parses <c>AK:SK[:SESSIONTOKEN[:ACCOUNTID]]</c> (secret keys and tokens are base64-like and never contain a colon).</summary>
    public static EmulatorCredential Parse(string text)
    {
        var parts = text.Split(':');
        if (parts.Length < 2 || parts.Length > 4 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            throw new FormatException($"A credential is AK:SK[:SESSIONTOKEN[:ACCOUNTID]], not '{text.Split(':')[0]}:...'.");
        }

        var token = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null;
        return parts.Length > 3 ? new EmulatorCredential(parts[0], parts[1], token, parts[3]) : new EmulatorCredential(parts[0], parts[1], token);
    }

    // Keep the secret out of logs and test failure messages.
    public override string ToString() => $"{AccessKeyId} (account {AccountId}{(SessionToken is null ? string.Empty : ", temporary")})";
}
