using System;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>
    /// The credentials of a profile's <c>credential_process</c>, run by us rather than by AWSSDK.Core, and killed with
    /// the processes it started when the command that waits for it is stopped (see <see cref="CommandCancellation"/>).
    /// </summary>
    /// <remarks>
    /// Core's ProcessAWSCredentials waits for the process with no timeout and no cancellation token. Resolving on a
    /// worker and abandoning the wait on Ctrl+C would free the prompt but leave the process running (an orphan that may
    /// still prompt, hold a token file or finish minutes later). Running the process here lets a stop end the wait at
    /// once and kill the process with its children, so nothing of the command outlives it. The command line, output
    /// format and error handling follow the documented contract (shell: <c>cmd.exe /C</c> or <c>sh -c</c>, one JSON
    /// object with Version 1 on standard output, a non-zero exit code is a failure) as Core implements it.
    /// </remarks>
    public sealed class CredentialProcessCredentials : RefreshingAWSCredentials
    {
        private readonly string _command;

        /// <param name="command">The credential_process value, run through the platform's shell.</param>
        public CredentialProcessCredentials(string command)
        {
            _command = command;
        }

        protected override CredentialsRefreshState GenerateNewCredentials() => Parse(Run());

        // Core may refresh from inside a request: a worker thread keeps the request's thread free, and the stop token
        // still ends the wait and the process.
        protected override Task<CredentialsRefreshState> GenerateNewCredentialsAsync() => Task.Run(GenerateNewCredentials);

        private string Run()
        {
            // The stop token of the command that needs the credentials now: clients (and so this object) are reused by
            // later commands, and a refresh in any of them must end with that command's Ctrl+C.
            var stop = CommandCancellation.Current;
            stop.ThrowIfCancellationRequested();
            var windows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
            // cmd.exe takes the rest of its line as the command (/S: strip only the outer quotes); sh takes one argument, which
            // the runtime's command-line parser rebuilds from the quoted text.
            var start = new ProcessStartInfo(windows ? "cmd.exe" : "/bin/sh", windows ? "/S /C \"" + _command + "\"" : "-c " + Quote(_command))
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                CreateNoWindow = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };

            using var process = new Process { StartInfo = start, EnableRaisingEvents = true };
            using var exited = new ManualResetEventSlim();
            process.Exited += (_, _) => exited.Set();
            try
            {
                process.Start();
            }
            catch (Exception ex) when (ex is System.ComponentModel.Win32Exception || ex is InvalidOperationException)
            {
                throw new ProcessAWSCredentialException("credential_process could not be started: " + ex.Message);
            }

            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            try
            {
                exited.Wait(stop);
            }
            catch (OperationCanceledException)
            {
                ProcessTree.Kill(process);
                throw;
            }

            // The streams end when the process (and anything it started that holds them) is gone.
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                // The error output may hold what the process was about to print (a key, a token): redacted by shape.
                var text = Redaction.Text(error.Result.Trim());
                throw new ProcessAWSCredentialException(string.Format(
                    CultureInfo.InvariantCulture,
                    "credential_process exited with code {0}{1}",
                    process.ExitCode,
                    text.Length > 0 ? ": " + text : "."));
            }

            return output.Result;
        }

        private static CredentialsRefreshState Parse(string output)
        {
            try
            {
                using var document = JsonDocument.Parse(output);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new ProcessAWSCredentialException("credential_process did not write a JSON object.");
                }

                if (!root.TryGetProperty("Version", out var version) || !version.TryGetInt32(out var number) || number != 1)
                {
                    throw new ProcessAWSCredentialException("credential_process wrote no \"Version\": 1; that is the only version there is.");
                }

                var accessKey = Text(root, "AccessKeyId") ?? throw new ProcessAWSCredentialException("credential_process wrote no AccessKeyId.");
                var secretKey = Text(root, "SecretAccessKey") ?? throw new ProcessAWSCredentialException("credential_process wrote no SecretAccessKey.");
                var expiration = DateTime.MaxValue;
                if (Text(root, "Expiration") is { } when)
                {
                    if (!DateTime.TryParse(when, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out expiration))
                    {
                        throw new ProcessAWSCredentialException($"credential_process wrote an Expiration that is not an ISO 8601 time: '{when}'.");
                    }
                }

                return new CredentialsRefreshState(new ImmutableCredentials(accessKey, secretKey, Text(root, "SessionToken")), expiration);
            }
            catch (JsonException)
            {
                // Never echo the output: it may hold a secret key.
                throw new ProcessAWSCredentialException("credential_process did not write JSON on its standard output.");
            }
        }

        private static string? Text(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

        /// <summary>One argument as the runtime's command-line parser reads it back (quotes and the backslashes before them escaped).</summary>
        private static string Quote(string argument)
        {
            var quoted = new StringBuilder("\"");
            var backslashes = 0;
            foreach (var c in argument)
            {
                if (c == '\\')
                {
                    backslashes++;
                    continue;
                }

                quoted.Append('\\', c == '"' ? backslashes * 2 + 1 : backslashes);
                backslashes = 0;
                quoted.Append(c);
            }

            return quoted.Append('\\', backslashes * 2).Append('"').ToString();
        }
    }
}
