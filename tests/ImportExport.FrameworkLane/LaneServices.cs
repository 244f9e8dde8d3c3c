using System;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace ImportExport.FrameworkLane
{
    /// <summary>
    /// The .NET process that hosts what the lane runs against (tests/ImportExport.FrameworkLane.Services): the .NET
    /// suite's emulator fixture, fault proxy and TLS server, and its catalogues. Started once for the lane; commands and
    /// answers are lines (fields separated by tabs). It ends when the lane's process does (its stdin closes).
    /// </summary>
    internal sealed class LaneServices
    {
        private static readonly Lazy<LaneServices> Shared = new Lazy<LaneServices>(() => new LaneServices());
        private readonly object gate = new object();
        private readonly Process process;

        private LaneServices()
        {
            var laneOutput = new DirectoryInfo(LaneModule.OutputDirectory);
            var configuration = laneOutput.Parent!.Name;
            var host = Path.Combine(laneOutput.Parent.Parent!.Parent!.Parent!.FullName, "ImportExport.FrameworkLane.Services", "bin", configuration, "net10.0", "ImportExport.FrameworkLane.Services.dll");
            if (!File.Exists(host))
            {
                throw new FileNotFoundException("The lane's services host was not built.", host);
            }

            var start = new ProcessStartInfo("dotnet", "\"" + host + "\"")
            {
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            start.EnvironmentVariables["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            process = Process.Start(start)!;
            AppDomain.CurrentDomain.DomainUnload += (_, _) => Stop();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
            var ready = ReadAnswer("@@ready");
            Emulator = new Uri(ready[0]);
        }

        public static LaneServices Instance => Shared.Value;

        /// <summary>The emulator's endpoint (both services, STS, the SSO portal and S3): <c>http://127.0.0.1:PORT/</c>.</summary>
        public Uri Emulator { get; }

        /// <summary>Sends one command; returns the fields of its answer. An error answer fails the test that asked.</summary>
        public string[] Send(params string[] command)
        {
            lock (gate)
            {
                process.StandardInput.WriteLine(string.Join("\t", command));
                process.StandardInput.Flush();
                return ReadAnswer("@@ok");
            }
        }

        private string[] ReadAnswer(string expected)
        {
            while (true)
            {
                var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("The lane's services host ended.");
                if (!line.StartsWith("@@", StringComparison.Ordinal))
                {
                    continue;
                }

                var fields = line.Split('\t');
                if (fields[0] != expected)
                {
                    throw new InvalidOperationException("The lane's services host answered: " + line);
                }

                var rest = new string[fields.Length - 1];
                Array.Copy(fields, 1, rest, 0, rest.Length);
                return rest;
            }
        }

        private void Stop()
        {
            try
            {
                if (!process.HasExited)
                {
                    process.StandardInput.Close();
                    if (!process.WaitForExit(5000))
                    {
                        process.Kill();
                    }
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
    }
}
