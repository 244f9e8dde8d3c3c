using System;
using System.Net;
using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The proxy for the calls AWSSDK.Core's credential providers make (STS AssumeRole and AssumeRoleWithWebIdentity,
    /// the SSO portal's GetRoleCredentials and SSO OIDC), decided per command as for the module's own clients
    /// (<see cref="EnvironmentProxy"/>). Left to Core, those clients take .NET's process-wide default proxy: on
    /// PowerShell 7 the proxy variables as they were when the first request of the process was sent, with loopback not
    /// exempt, so a web-identity or SSO profile pointed at the local emulator sent its token through HTTP_PROXY.
    /// </summary>
    internal static class CredentialServiceProxy
    {
        /// <summary>The proxy for STS at AWS_ENDPOINT_URL_STS (else AWS_ENDPOINT_URL, else the global endpoint).</summary>
        public static IWebProxy? Sts(AwsEnvironment environment) =>
            Choose(environment, "AWS_ENDPOINT_URL_STS", "https://sts.amazonaws.com");

        /// <summary>The proxy for the SSO portal of <paramref name="region"/> at AWS_ENDPOINT_URL_SSO (else AWS_ENDPOINT_URL).</summary>
        public static IWebProxy? SsoPortal(AwsEnvironment environment, string? region) =>
            Choose(environment, "AWS_ENDPOINT_URL_SSO", "https://portal.sso." + (string.IsNullOrEmpty(region) ? "us-east-1" : region) + ".amazonaws.com");

        /// <summary>
        /// <paramref name="credentials"/> as Core built them, with the proxy of this command when they call STS or the
        /// SSO portal themselves (web identity, SSO); other credentials are returned as they are. Core's factory builds
        /// these two without options, and their options are read when the object is made, so they are made again with
        /// the same settings and the proxy.
        /// </summary>
        public static AWSCredentials Apply(AWSCredentials credentials, AwsEnvironment environment)
        {
            switch (credentials)
            {
                case AssumeRoleWithWebIdentityCredentials web:
                    return new AssumeRoleWithWebIdentityCredentials(web.WebIdentityTokenFile, web.RoleArn, web.RoleSessionName,
                        new AssumeRoleWithWebIdentityCredentialsOptions { ProxySettings = Sts(environment) });
                case SSOAWSCredentials sso:
                    var options = sso.Options;
                    return new SSOAWSCredentials(sso.AccountId, sso.Region, sso.RoleName, sso.StartUrl, new SSOAWSCredentialsOptions
                    {
                        ClientName = options.ClientName,
                        SessionName = options.SessionName,
                        Scopes = options.Scopes,
                        SsoVerificationCallback = options.SsoVerificationCallback,
                        PkceFlowOptions = options.PkceFlowOptions,
                        SupportsGettingNewToken = options.SupportsGettingNewToken,
                        ProxySettings = SsoPortal(environment, sso.Region),
                    });
                default:
                    return credentials;
            }
        }

        private static IWebProxy? Choose(AwsEnvironment environment, string variable, string standard)
        {
            var configured = environment.Setting(variable) ?? environment.Setting("AWS_ENDPOINT_URL");
            var endpoint = Uri.TryCreate(configured, UriKind.Absolute, out var uri) ? uri : new Uri(standard);
            return EnvironmentProxy.Choose(endpoint, DesktopRuntime.Current, EnvironmentProxy.OnLinux, environment.Get).Proxy;
        }
    }
}
