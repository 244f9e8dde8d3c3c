using System;

namespace ImportExport.Runtime
{
    /// <summary>The AWS region names AWSSDK.Core knows, for completion.</summary>
    public static class AwsRegions
    {
        private static readonly Lazy<string[]> LazyNames = new Lazy<string[]>(() =>
        {
            var names = new System.Collections.Generic.List<string>();
            foreach (var region in Amazon.RegionEndpoint.EnumerableAllRegions)
            {
                // Core also knows endpoint variants (us-east-1-regional, aws-global) that are not regions: offer
                // only what -Region then accepts.
                if (RegionResolver.IsWellFormed(region.SystemName))
                {
                    names.Add(region.SystemName);
                }
            }

            names.Sort(StringComparer.Ordinal);
            return names.ToArray();
        });

        public static string[] Names => LazyNames.Value;
    }
}
