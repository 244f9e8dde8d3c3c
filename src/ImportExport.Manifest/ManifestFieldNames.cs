using System;
using System.Collections.Generic;

namespace ImportExport.Manifest
{
    /// <summary>
    /// The field names of each mapping of a manifest (from the developer guide), which are required, and which name an
    /// unknown one was probably meant to be. One list for the validator's required, scalar and unknown-field checks so
    /// they cannot disagree about what a manifest may contain.
    /// </summary>
    internal static class ManifestFieldNames
    {
        public static readonly string[] CommonRequired = { "manifestVersion", "accessKeyId", "deviceId", "returnAddress" };
        public static readonly string[] ImportRequired = { "bucket", "eraseDevice" };
        public static readonly string[] ExportRequired = { "logBucket", "fileSystem", "operations" };
        public static readonly string[] AddressRequired = { "name", "street1", "city", "postalCode", "phoneNumber", "country" };
        public static readonly string[] OperationRequired = { "exportBucket" };

        /// <summary>Every top-level field the guide lists, for import and export jobs alike.</summary>
        public static readonly string[] TopLevel =
        {
            "manifestVersion", "accessKeyId", "deviceId", "returnAddress", "bucket", "eraseDevice", "logBucket", "logPrefix",
            "notificationEmail", "generator", "serviceLevel", "acl", "cacheControl", "contentDisposition", "contentLanguage",
            "contentTypes", "ignore", "fileSystem", "operations", "customs",
        };

        /// <summary>returnAddress: every field is a single value.</summary>
        public static readonly string[] Address = { "name", "company", "street1", "street2", "street3", "city", "stateOrProvince", "postalCode", "phoneNumber", "country" };

        public static readonly string[] Streets = { "street1", "street2", "street3" };

        // The builder writes exactly these, so what New-IEManifest builds is never reported as unknown.
        public static IReadOnlyList<string> Operation => ManifestExportOperation.FieldNames;

        public static IReadOnlyList<string> Customs => ManifestBuilder.CustomsFieldNames;

        /// <summary>
        /// The known name <paramref name="unknown"/> was most likely meant to be: one that differs only in case, else the
        /// nearest within two edits (a dropped, added, changed or swapped letter: <c>logPrefx</c>, <c>notificationEmails</c>);
        /// null when none is that close, because a far-fetched guess misleads more than no guess.
        /// </summary>
        public static string? Suggest(string unknown, IEnumerable<string> known)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var name in known)
            {
                var distance = string.Equals(name, unknown, StringComparison.OrdinalIgnoreCase) ? 0 : EditDistance(unknown, name);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (name, distance);
                }
            }

            return bestDistance <= 2 ? best : null;
        }

        /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost one each.</summary>
        private static int EditDistance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++)
            {
                d[i, 0] = i;
            }

            for (var j = 0; j <= b.Length; j++)
            {
                d[0, j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                    }
                }
            }

            return d[a.Length, b.Length];
        }
    }
}
