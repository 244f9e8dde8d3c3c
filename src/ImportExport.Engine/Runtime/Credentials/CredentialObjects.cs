using System;
using System.Reflection;
using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Turns a credentials object a user passes (-Credential, $StoredAWSCredentials) into our AWSSDK.Core's
    /// credentials. An object made by AWS Tools for PowerShell may come from another AWSSDK.Core (another
    /// version, another load context), so it is read through its public surface —
    /// GetCredentials() → AccessKey/SecretKey/Token — never cast across load contexts.
    /// </summary>
    public static class CredentialObjects
    {
        /// <summary>Our credentials for <paramref name="value"/>, or null when it is not a credentials object.</summary>
        public static AWSCredentials? From(object? value)
        {
            switch (value)
            {
                case null:
                    return null;
                case AWSCredentials credentials:
                    return credentials;
            }

            var getCredentials = value.GetType().GetMethod("GetCredentials", BindingFlags.Public | BindingFlags.Instance, null, Type.EmptyTypes, null);
            if (getCredentials is null)
            {
                return null;
            }

            object? immutable;
            try
            {
                immutable = getCredentials.Invoke(value, null);
            }
            catch (TargetInvocationException ex)
            {
                var cause = Redaction.Cause(ex.InnerException);
                throw new CredentialResolutionException(FailureCodes.InvalidCredentialObject, $"The credentials object could not give its keys: {Redaction.Gist(cause)}", cause);
            }

            var accessKey = ReadString(immutable, "AccessKey");
            var secretKey = ReadString(immutable, "SecretKey");
            var token = ReadString(immutable, "Token");
            if (string.IsNullOrEmpty(accessKey) || string.IsNullOrEmpty(secretKey))
            {
                return null;
            }

            return Keys(accessKey!, secretKey!, token);
        }

        /// <summary>Credentials from an access key, a secret key and an optional session token.</summary>
        public static AWSCredentials Keys(string accessKey, string secretKey, string? sessionToken) =>
            string.IsNullOrEmpty(sessionToken)
                ? new BasicAWSCredentials(accessKey, secretKey)
                : new SessionAWSCredentials(accessKey, secretKey, sessionToken);

        private static string? ReadString(object? target, string property) =>
            target?.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)?.GetValue(target) as string;
    }
}
