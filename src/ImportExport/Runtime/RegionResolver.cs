using System;
using Amazon.Runtime.CredentialManagement;

namespace ImportExport.Runtime
{
    /// <summary>A region and where it came from.</summary>
    public sealed class ResolvedRegion
    {
        public ResolvedRegion(string name, string source)
        {
            Name = name;
            Source = source;
        }

        public string Name { get; }

        public string Source { get; }
    }

    /// <summary>
    /// Finds the region for regional services (MGN): explicit value, AWS_REGION, AWS_DEFAULT_REGION,
    /// then the profile's region in the shared config file. We deliberately do not probe instance
    /// metadata: off EC2 that probe takes seconds to time out, and a missing region deserves a clear
    /// error instead.
    /// </summary>
    public static class RegionResolver
    {
        public static ResolvedRegion? Resolve(AwsConnectionSettings settings)
        {
            if (!string.IsNullOrWhiteSpace(settings.Region))
            {
                return new ResolvedRegion(settings.Region!.Trim(), settings.RegionSource ?? "the -Region parameter");
            }

            foreach (var variable in new[] { "AWS_REGION", "AWS_DEFAULT_REGION" })
            {
                var value = Environment.GetEnvironmentVariable(variable);
                if (!string.IsNullOrWhiteSpace(value))
                {
                    return new ResolvedRegion(value.Trim(), $"environment variable {variable}");
                }
            }

            var profileName = settings.ProfileName;
            if (string.IsNullOrEmpty(profileName))
            {
                profileName = Environment.GetEnvironmentVariable("AWS_PROFILE");
            }

            if (string.IsNullOrEmpty(profileName))
            {
                profileName = "default";
            }

            try
            {
                var chain = string.IsNullOrEmpty(settings.ProfileLocation) ? new CredentialProfileStoreChain() : new CredentialProfileStoreChain(settings.ProfileLocation);
                if (chain.TryGetProfile(profileName, out var profile) && profile.Region is not null)
                {
                    return new ResolvedRegion(profile.Region.SystemName, $"profile '{profileName}'");
                }
            }
            catch (Exception ex) when (ex is System.IO.IOException || ex is UnauthorizedAccessException || ex is ArgumentException)
            {
                // An unreadable config file is not a region; the caller reports the missing region.
            }

            return null;
        }

        /// <summary>True when <paramref name="name"/> has the shape of an AWS region name (e.g. eu-west-1, us-gov-east-1, cn-north-1).</summary>
        public static bool IsWellFormed(string? name) =>
            name is not null && System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$");
    }
}
