using System;
using System.Collections;
using System.Management.Automation;
using ImportExport.Runtime;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// AWS Tools for PowerShell's -ClientConfig (an AmazonImportExportConfig or AmazonMgnConfig of any AWSSDK.Core
    /// version, or a hashtable with the same names): its ServiceURL and RegionEndpoint are used where -EndpointUrl and
    /// -Region are not given, as AWS Tools ranks them (after the parameters, before $StoredAWSRegion). The config is
    /// read by property name, never cast, so AWS Tools' own AWSSDK.Core is never touched. Its other settings (timeouts,
    /// proxy, MaxErrorRetry, whose default differs between SDK versions) are not read: -MaxRetry, AWS_MAX_ATTEMPTS and
    /// HTTPS_PROXY say those here.
    /// </summary>
    public static class AwsToolsClientConfig
    {
        public static void Apply(object? config, AwsConnectionSettings settings)
        {
            if (config is null)
            {
                return;
            }

            if (settings.EndpointUrl is null && Read(config, "ServiceURL") is string url && url.Length > 0)
            {
                settings.EndpointUrl = url;
                settings.EndpointUrlSource = "-ClientConfig's ServiceURL";
            }

            if (settings.Region is null && RegionOf(Read(config, "RegionEndpoint")) is string region && region.Length > 0)
            {
                settings.Region = region;
                settings.RegionSource = "-ClientConfig's RegionEndpoint";
            }
        }

        // A RegionEndpoint (SystemName) or a region name.
        private static string? RegionOf(object? endpoint) =>
            (endpoint is PSObject wrapped ? wrapped.BaseObject : endpoint) is string name ? name : Read(endpoint, "SystemName") as string;

        private static object? Read(object? source, string name)
        {
            if (source is null)
            {
                return null;
            }

            // A PSObject keeps its note properties ([pscustomobject]@{...}); a dictionary is read by key.
            if ((source is PSObject wrapped ? wrapped.BaseObject : source) is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (string.Equals(entry.Key?.ToString(), name, StringComparison.OrdinalIgnoreCase))
                    {
                        return entry.Value is PSObject value && value.BaseObject is not PSCustomObject ? value.BaseObject : entry.Value;
                    }
                }

                return null;
            }

            try
            {
                var property = PSObject.AsPSObject(source).Properties[name]?.Value;
                return property is PSObject value2 && value2.BaseObject is not PSCustomObject ? value2.BaseObject : property;
            }
            catch (GetValueException)
            {
                // A getter that throws says nothing; the setting is simply not there.
                return null;
            }
        }
    }
}
