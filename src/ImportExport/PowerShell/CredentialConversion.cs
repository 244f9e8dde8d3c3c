using System;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security;
using Amazon.Runtime;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Turns what users pass as credentials into our AWSSDK.Core's <see cref="AWSCredentials"/>.
    /// A credentials object made by AWS Tools for PowerShell may come from another AWSSDK.Core
    /// (another version, another load context), so it is read through its public surface
    /// (GetCredentials() → AccessKey/SecretKey/Token), never cast.
    /// </summary>
    internal static class CredentialConversion
    {
        public static AWSCredentials? FromObject(object? value)
        {
            value = Unwrap(value);
            switch (value)
            {
                case null:
                    return null;
                case AWSCredentials credentials:
                    return credentials;
                case PSCredential psCredential:
                    return new BasicAWSCredentials(psCredential.UserName, ToPlainText(psCredential.Password));
            }

            var getCredentials = value.GetType().GetMethod("GetCredentials", BindingFlags.Public | BindingFlags.Instance, null, Type.EmptyTypes, null);
            if (getCredentials is null)
            {
                return null;
            }

            var immutable = getCredentials.Invoke(value, null);
            var accessKey = ReadString(immutable, "AccessKey");
            var secretKey = ReadString(immutable, "SecretKey");
            var token = ReadString(immutable, "Token");
            if (string.IsNullOrEmpty(accessKey) || string.IsNullOrEmpty(secretKey))
            {
                return null;
            }

            return string.IsNullOrEmpty(token)
                ? new BasicAWSCredentials(accessKey, secretKey)
                : new SessionAWSCredentials(accessKey, secretKey, token);
        }

        public static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

        public static string ToPlainText(SecureString secure)
        {
            var pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(secure);
                return Marshal.PtrToStringUni(pointer) ?? string.Empty;
            }
            finally
            {
                if (pointer != IntPtr.Zero)
                {
                    Marshal.ZeroFreeGlobalAllocUnicode(pointer);
                }
            }
        }

        private static string? ReadString(object? target, string property) =>
            target?.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)?.GetValue(target) as string;
    }

    /// <summary>Lets a secret parameter take a SecureString or a PSCredential (its password) as well as plain text.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class SecretTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            switch (CredentialConversion.Unwrap(inputData))
            {
                case SecureString secure:
                    return CredentialConversion.ToPlainText(secure);
                case PSCredential credential:
                    return CredentialConversion.ToPlainText(credential.Password);
                default:
                    return inputData;
            }
        }
    }
}
