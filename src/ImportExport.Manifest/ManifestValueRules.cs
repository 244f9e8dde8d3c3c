using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ImportExport.Manifest
{
    /// <summary>The values the developer guide allows for the manifest's constrained fields.</summary>
    internal static class ManifestValueRules
    {
        // Countries whose postal system needs a state or province on the label.
        public static readonly HashSet<string> CountriesNeedingState = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "US", "USA", "United States", "United States of America", "CA", "Canada",
        };

        public static readonly HashSet<string> ServiceLevels = new HashSet<string>(StringComparer.Ordinal) { "standard", "expeditedShipping" };

        public static readonly HashSet<string> FileSystems = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "NTFS", "EXT4", "EXT3", "EXT2", "FAT32" };

        public static readonly HashSet<string> CannedAcls = new HashSet<string>(StringComparer.Ordinal)
        {
            "private", "public-read", "public-read-write", "authenticated-read", "bucket-owner-read", "bucket-owner-full-control", "log-delivery-write",
        };

        // "PO Box", "P.O. Box", "P O Box", "Post Office Box", "POB 12": carriers cannot deliver a device to them.
        public static readonly Regex PoBox = new Regex(@"\b(p\.?\s*o\.?\s*box|post\s+office\s+box|pob\s+\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        public static readonly Regex Email = new Regex(@"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        public static readonly Regex AccessKeyShape = new Regex(@"^[A-Z0-9]{16,128}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
