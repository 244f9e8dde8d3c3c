namespace ImportExport.Emulator.Auth;

/// <summary>What a signature check concluded, with what it learned of the caller even when it failed (the request log keeps it).</summary>
internal sealed record AuthResult(AuthFailure Failure, string Message, string? Version, string? AccessKeyId, EmulatorCredential? Credential, string? Region)
{
    public bool Succeeded => Failure == AuthFailure.None;

    public static AuthResult Fail(AuthFailure failure, string message, string? version = null, string? accessKeyId = null) =>
        new(failure, message, version, accessKeyId, null, null);
}
