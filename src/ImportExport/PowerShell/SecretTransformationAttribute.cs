using System;
using System.Management.Automation;
using System.Security;

namespace ImportExport.PowerShell
{
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
