using System;
using System.Collections.Generic;
using System.IO;
using ImportExport.Runtime;

namespace ImportExport.FrameworkLane
{
    /// <summary>What every lane test uses: the emulator's example keys, settings for an endpoint, the sample manifests.</summary>
    internal static class Lane
    {
        public const string AccessKey = "AKIAIOSFODNN7EXAMPLE";
        public const string SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        public const string Bucket = "my-import-bucket";

        public static LaneServices Services => LaneServices.Instance;

        /// <summary>Settings as a cmdlet builds them from -EndpointUrl, -AccessKey, -SecretKey and -Region.</summary>
        public static AwsConnectionSettings Settings(Uri endpoint, string region = "eu-west-1", int? maxRetries = null) => new AwsConnectionSettings
        {
            EndpointUrl = endpoint.ToString(),
            EndpointUrlSource = "-EndpointUrl",
            AccessKey = AccessKey,
            SecretKey = SecretKey,
            Region = region,
            RegionSource = "-Region",
            MaxRetries = maxRetries,
            MaxRetriesSource = maxRetries is null ? null : "-MaxRetry",
        };

        /// <summary>The sample import manifest of every suite, tests/samples/import-manifest.yaml.</summary>
        public static string ImportManifest { get; } = ReadSample("import-manifest.yaml");

        /// <summary>A proxy of the services host (the .NET suite's FaultProxy) and its endpoint; closed on Dispose.</summary>
        public static LaneProxy Proxy(string scenario, string? operation = null) => new LaneProxy(scenario, operation);

        /// <summary>Runs <paramref name="action"/> with process environment variables set (null removes), then restores them.</summary>
        public static void WithEnvironment(IDictionary<string, string?> variables, Action action)
        {
            var saved = new Dictionary<string, string?>();
            foreach (var pair in variables)
            {
                saved[pair.Key] = Environment.GetEnvironmentVariable(pair.Key);
                Environment.SetEnvironmentVariable(pair.Key, pair.Value);
            }

            try
            {
                action();
            }
            finally
            {
                foreach (var pair in saved)
                {
                    Environment.SetEnvironmentVariable(pair.Key, pair.Value);
                }
            }
        }

        private static string ReadSample(string name)
        {
            for (var directory = new DirectoryInfo(LaneModule.OutputDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(Path.Combine(Path.Combine(directory.FullName, "tests"), "samples"), name);
                if (File.Exists(candidate))
                {
                    return File.ReadAllText(candidate).Replace("\r\n", "\n");
                }
            }

            throw new InvalidOperationException("No tests/samples/" + name + " above " + LaneModule.OutputDirectory + ".");
        }
    }
}
