using System;
using System.Collections.Generic;

namespace ImportExport.PowerShell
{
    /// <summary>Which New-IEManifest parameter sets which manifest field, so a validator problem names what the user typed.</summary>
    internal static class ManifestFieldParameters
    {
        private static readonly Dictionary<string, string> ParameterOfField = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["accessKeyId"] = "AccessKeyId",
            ["deviceId"] = "DeviceId",
            ["bucket"] = "Bucket",
            ["eraseDevice"] = "EraseDevice",
            ["logBucket"] = "LogBucket",
            ["logPrefix"] = "LogPrefix",
            ["notificationEmail"] = "NotificationEmail",
            ["serviceLevel"] = "ServiceLevel",
            ["fileSystem"] = "FileSystem",
            ["operations"] = "ExportOperation",
            ["customs"] = "Customs",
            ["returnAddress.name"] = "Name",
            ["returnAddress.company"] = "Company",
            ["returnAddress.street1"] = "Street1",
            ["returnAddress.street2"] = "Street2",
            ["returnAddress.street3"] = "Street3",
            ["returnAddress.city"] = "City",
            ["returnAddress.stateOrProvince"] = "StateOrProvince",
            ["returnAddress.postalCode"] = "PostalCode",
            ["returnAddress.phoneNumber"] = "PhoneNumber",
            ["returnAddress.country"] = "Country",
        };

        /// <summary>The parameter of <paramref name="field"/> (or of its root: operations[1].exportBucket), or null.</summary>
        public static string? Of(string field)
        {
            if (ParameterOfField.TryGetValue(field, out var parameter))
            {
                return parameter;
            }

            // operations[1].exportBucket, customs.deviceValue ...
            var root = field.Split('.', '[')[0];
            return ParameterOfField.TryGetValue(root, out parameter) ? parameter : null;
        }
    }
}
