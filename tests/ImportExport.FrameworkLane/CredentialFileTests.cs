using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ImportExport.IE;
using ImportExport.Runtime;
using Xunit;

namespace ImportExport.FrameworkLane
{
    /// <summary>
    /// The shared files, a credential_process the module runs, and an assume-role profile whose STS call goes through
    /// AWSSDK.SecurityToken (found in dependencies/ by the loader), against the emulator's STS.
    /// </summary>
    public sealed class CredentialFileTests : IDisposable
    {
        private const string Account = "444455556666";
        private readonly string folder = Path.Combine(Path.GetTempPath(), "ie-lane-" + Guid.NewGuid().ToString("N"));

        public CredentialFileTests() => Directory.CreateDirectory(folder);

        public void Dispose() => Directory.Delete(folder, recursive: true);

        private string Write(string name, string text)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, text);
            return path;
        }

        private IDictionary<string, string?> Files() => new Dictionary<string, string?>
        {
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(folder, "credentials"),
            ["AWS_CONFIG_FILE"] = Path.Combine(folder, "config"),
            ["AWS_ENDPOINT_URL_STS"] = Lane.Services.Emulator.ToString(),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_PROFILE"] = null,
            ["AWS_ACCESS_KEY_ID"] = null,
            ["AWS_SECRET_ACCESS_KEY"] = null,
        };

        private static AwsConnectionSettings Profile(string name) => new AwsConnectionSettings { ProfileName = name, EndpointUrl = Lane.Services.Emulator.ToString(), Region = "eu-west-1" };

        private static string[] Signers(string operation) => Lane.Services.Send("access-keys", operation)[0].Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries);

        [Fact]
        public void A_profile_of_the_shared_credentials_file_signs_the_requests()
        {
            Write("credentials", "[lane]\naws_access_key_id = " + Lane.AccessKey + "\naws_secret_access_key = " + Lane.SecretKey + "\n");
            Write("config", string.Empty);

            Lane.WithEnvironment(Files(), () =>
            {
                var connection = ServiceClients.ImportExport(Profile("lane"));
                var page = connection.Client.ListJobs(new ListJobsRequest());

                Assert.NotNull(page);
                Assert.Contains("lane", connection.CredentialSource);
            });
        }

        [Fact]
        public void A_credential_process_is_run_and_its_keys_sign_the_requests()
        {
            var script = Write("broker.sh", "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"" + Lane.AccessKey + "\", \"SecretAccessKey\": \"" + Lane.SecretKey + "\"}'\n");
            Process.Start("chmod", "+x \"" + script + "\"")!.WaitForExit();
            Write("credentials", "[broker]\ncredential_process = " + script + "\n");
            Write("config", string.Empty);

            Lane.WithEnvironment(Files(), () =>
            {
                var connection = ServiceClients.ImportExport(Profile("broker"));
                connection.Client.ListJobs(new ListJobsRequest());

                Assert.Equal(Lane.AccessKey, connection.AccessKeyId);
            });
        }

        [Fact]
        public void An_assume_role_profile_calls_STS_and_signs_with_the_roles_temporary_keys()
        {
            Write("credentials", "[base]\naws_access_key_id = " + Lane.AccessKey + "\naws_secret_access_key = " + Lane.SecretKey + "\n");
            Write("config", "[profile admin]\nrole_arn = arn:aws:iam::" + Account + ":role/Admin\nsource_profile = base\nrole_session_name = lane\n");
            var assumedBefore = Signers("AssumeRole").Length;
            var listedBefore = Signers("ListJobs").Length;

            Lane.WithEnvironment(Files(), () => ServiceClients.ImportExport(Profile("admin")).Client.ListJobs(new ListJobsRequest()));

            Assert.Equal(Lane.AccessKey, Signers("AssumeRole").Skip(assumedBefore).Single());
            Assert.StartsWith("ASIA", Signers("ListJobs").Skip(listedBefore).Single(), StringComparison.Ordinal);
        }

        [Fact]
        public void A_profile_that_does_not_exist_is_an_error_not_a_fallback()
        {
            Write("credentials", "[lane]\naws_access_key_id = " + Lane.AccessKey + "\naws_secret_access_key = " + Lane.SecretKey + "\n");
            Write("config", string.Empty);

            Lane.WithEnvironment(Files(), () =>
            {
                var error = Assert.ThrowsAny<Exception>(() => ServiceClients.ImportExport(Profile("nosuch")));
                Assert.Contains("nosuch", error.Message);
            });
        }
    }
}
