using System;
using System.IO;
using System.Reflection;
using System.Threading;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Internal;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Keeps AWSSDK.Core from reading the shared files on its own. Core decides the files' paths once per process
    /// (SharedCredentialsFile's static constructor) and reads the default profile's settings once
    /// (FallbackInternalConfigurationFactory's static constructor): a later AWS_SHARED_CREDENTIALS_FILE or
    /// AWS_CONFIG_FILE would be ignored, and a file malformed at that moment would throw from a static constructor,
    /// breaking every later client of the session (TypeInitializationException), explicit keys included.
    /// The module reads the files itself, per command (<see cref="SharedProfiles"/>); Core is pointed at files that
    /// do not exist, before its first read.
    /// </summary>
    /// <remarks>
    /// Only where Core is the module's own copy: on PowerShell 7 it loads in the module's load context. On Windows
    /// PowerShell 5.1 one AWSSDK.Core may serve AWS Tools too, and its behaviour is left alone.
    /// </remarks>
    internal static class CoreSharedFiles
    {
        private static int _done;

        public static void Detach()
        {
            if (Interlocked.Exchange(ref _done, 1) == 1 || DesktopRuntime.Current)
            {
                return;
            }

            var nowhere = Path.Combine(Path.GetTempPath(), "ImportExport-no-shared-files-" + Guid.NewGuid().ToString("N"));
            SetStatic(nameof(SharedCredentialsFile.DefaultFilePath), Path.Combine(nowhere, "credentials"));
            SetStatic(nameof(SharedCredentialsFile.DefaultConfigFilePath), Path.Combine(nowhere, "config"));

            // Runs the static constructor now (reading nothing), or, if something ran it earlier, forgets what it read.
            FallbackInternalConfigurationFactory.Reset();

            // Core's own region search (FallbackRegionFactory: environment, profile, then instance metadata, kept for
            // the process) would probe instance metadata off EC2 and freeze the first answer. The module resolves
            // regions itself (RegionResolver); what is left to Core is the region of the STS client behind
            // assume-role and web-identity profiles, which is then the global STS endpoint's (us-east-1), as in
            // botocore's default. AWS_ENDPOINT_URL_STS still chooses the endpoint.
            if (string.IsNullOrEmpty(AWSConfigs.AWSRegion))
            {
                AWSConfigs.AWSRegion = "us-east-1";
            }

            FallbackRegionFactory.Reset();
        }

        private static void SetStatic(string property, string value) =>
            typeof(SharedCredentialsFile).GetProperty(property, BindingFlags.Public | BindingFlags.Static)?.GetSetMethod(nonPublic: true)?.Invoke(null, new object[] { value });
    }
}
