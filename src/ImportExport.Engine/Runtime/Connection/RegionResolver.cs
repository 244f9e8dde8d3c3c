
namespace ImportExport.Runtime
{
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
                return new ResolvedRegion(settings.Region!.Trim(), settings.RegionSource ?? "the region given");
            }

            foreach (var variable in new[] { AwsEnvironment.Region, AwsEnvironment.DefaultRegion })
            {
                var value = settings.Environment[variable];
                if (!string.IsNullOrWhiteSpace(value))
                {
                    return new ResolvedRegion(value!.Trim(), $"environment variable {variable}");
                }
            }

            var files = SharedProfiles.LoadForSettings(settings);
            var profile = files?.Find(settings.EffectiveProfileName);
            var region = profile?["region"];
            if (profile is null || string.IsNullOrWhiteSpace(region))
            {
                return null;
            }

            if (!IsWellFormed(region!.Trim()))
            {
                throw new ServiceConfigurationException(FailureCodes.InvalidRegion, $"'{region}' ({profile.Describe("region")}) is not an AWS region name such as eu-west-1.");
            }

            return new ResolvedRegion(region.Trim(), $"profile '{profile.Name}'");
        }


        /// <summary>True when <paramref name="name"/> has the shape of an AWS region name (e.g. eu-west-1, us-gov-east-1, cn-north-1).</summary>
        public static bool IsWellFormed(string? name) =>
            name is not null && System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$");
    }
}
