using System;
using System.Management.Automation;
using System.Runtime.InteropServices;
using System.Security;
using ImportExport.Runtime;

namespace ImportExport.PowerShell
{
    /// <summary>What users pass as credentials (PSCredential, SecureString, AWS credentials objects), for the engine.</summary>
    internal static class CredentialConversion
    {
        /// <summary>
        /// Applies a user's credentials object to <paramref name="settings"/>: a PSCredential (user name = access
        /// key id, password = secret key) or any AWS credentials object, including one from another AWSSDK.Core,
        /// which the engine reads through its public surface. False when the object is neither.
        /// </summary>
        public static bool TryApply(AwsConnectionSettings settings, object value, string source)
        {
            value = Unwrap(value) ?? value;
            if (value is PSCredential psCredential)
            {
                settings.UseKeys(psCredential.UserName, ToPlainText(psCredential.Password), null, source);
                return true;
            }

            return settings.TryUseCredentialObject(value, source);
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
    }
}
