using System;
using System.Collections.Generic;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The one way a failure of a credential provider becomes the module's error, when the credentials are first
    /// fetched (while the client is built) and when they are refreshed in the middle of a command: an SSO token that
    /// has expired is <c>SsoLoginRequired</c>; anything else is <c>InvalidProfile</c> (as the README documents it, for the
    /// environment's web identity and the container/instance providers too), with the cause, redacted (<see cref="Redaction"/>), and whether
    /// the provider may work again by itself (STS or the SSO portal unreachable, throttling, a 5xx).
    /// </summary>
    internal sealed class CredentialFailure
    {
        private readonly string _what;
        private readonly SharedProfile? _profile;
        private readonly IReadOnlyCollection<string> _secrets;

        /// <param name="what">"the profile 'admin' (/home/me/.aws/config)", "web identity from AWS_WEB_IDENTITY_TOKEN_FILE ...".</param>
        /// <param name="profile">The profile, when the credentials are a profile's.</param>
        /// <param name="secrets">Values to keep out of every message: the profile chain's secret keys and tokens.</param>
        public CredentialFailure(string what, SharedProfile? profile, IReadOnlyCollection<string> secrets)
        {
            _what = what;
            _profile = profile;
            _secrets = secrets;
        }

        /// <summary>The error for <paramref name="exception"/>, thrown by the provider; <paramref name="refreshing"/> during a command.</summary>
        public CredentialResolutionException From(Exception exception, bool refreshing)
        {
            for (var e = exception; e is not null; e = e.InnerException)
            {
                // A link of a role chain whose own lease reported it.
                if (e is CredentialResolutionException already)
                {
                    return already;
                }
            }

            var cause = Redaction.Cause(exception, _secrets);
            var gist = Redaction.Gist(cause);
            var transient = FailureClassifier.Classify(exception).IsTransient || IsTransientProviderFailure(exception);
            var verb = refreshing ? "could not refresh its credentials during the command" : "could not provide credentials";
            if (_profile is not null && (_profile.Has("sso_session") || _profile.Has("sso_start_url")) && IsSsoTokenProblem(exception))
            {
                return new CredentialResolutionException(
                    FailureCodes.SsoLoginRequired,
                    $"The SSO session of {_what} has expired or was never started: {gist}",
                    cause).About(_profile, _profile.Has("sso_session") ? "sso_session" : "sso_start_url");
            }

            var key = _profile?.Has("credential_process") == true ? $" ({_profile.Describe("credential_process")})" : string.Empty;
            var failure = new CredentialResolutionException(
                FailureCodes.InvalidProfile,
                $"{Capital(_what)}{key} {verb}: {gist}",
                cause)
            {
                Profile = _profile?.Name,
                ProviderMayRecover = transient,
            };
            return _profile?.Has("credential_process") == true ? failure.About(_profile, "credential_process") : failure;
        }

        private static bool IsSsoTokenProblem(Exception ex)
        {
            for (var e = ex; e is not null; e = e.InnerException)
            {
                var text = e.Message ?? string.Empty;
                if (text.IndexOf("token", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("expired", StringComparison.OrdinalIgnoreCase) >= 0
                    || text.IndexOf("SsoVerificationCallback", StringComparison.Ordinal) >= 0 || text.IndexOf("sso login", StringComparison.OrdinalIgnoreCase) >= 0
                    || text.IndexOf("UnauthorizedException", StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        // AWSSDK.Core wraps the STS client's failure ("Error calling AssumeRole ..."); the transport or service failure
        // inside decides whether STS may answer later.
        private static bool IsTransientProviderFailure(Exception exception)
        {
            for (var e = exception.InnerException; e is not null; e = e.InnerException)
            {
                if (FailureClassifier.Classify(e).IsTransient)
                {
                    return true;
                }
            }

            return false;
        }

        private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
