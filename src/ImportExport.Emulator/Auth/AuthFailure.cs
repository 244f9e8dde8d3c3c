namespace ImportExport.Emulator.Auth;

/// <summary>Why a request failed authentication; each service maps these onto its own error codes and statuses.</summary>
internal enum AuthFailure
{
    None,
    MissingAuthentication,
    IncompleteSignature,
    UnknownAccessKey,
    SignatureMismatch,
    /// <summary>The signing time is further from now than the allowed skew, or a v2 <c>Expires</c> has passed.</summary>
    RequestExpired,
    InvalidToken,
    ExpiredToken,
}
