using System;
using System.Diagnostics;
using System.IO;
using ImportExport.Runtime;
using Xunit;

namespace ImportExport.FrameworkLane
{
    /// <summary>
    /// Windows PowerShell holds one AWSSDK.Core 4.0.0.0 per session: when another module's build of it loaded first,
    /// the engine is bound to that one, and the first command must stop with AwsSdkCoreConflict naming it. The lane
    /// runs itself again as a fresh process (a fresh session) that loads AWSSDK.Core 4.0.3.3 before importing.
    /// </summary>
    public sealed class IdentityTests
    {
        [Fact]
        public void The_staged_AWSSDK_Core_passes_the_identity_check()
        {
            Assert.Null(AwsSdkCoreIdentity.Check());
        }

        [Fact]
        public void Another_AWSSDK_Core_4_0_build_loaded_first_stops_the_first_command_with_AwsSdkCoreConflict()
        {
            var foreign = File.ReadAllText(Path.Combine(LaneModule.OutputDirectory, "foreign-core.txt")).Trim();
            Assert.True(File.Exists(foreign), "The other AWSSDK.Core was not restored: " + foreign);
            var start = new ProcessStartInfo("mono", "\"" + typeof(Program).Assembly.Location + "\" foreign-core-first \"" + foreign + "\"")
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.EnvironmentVariables["IE_STAGED_MODULE"] = LaneModule.StagedModule;

            using var child = Process.Start(start)!;
            var output = child.StandardOutput.ReadToEnd();
            var errors = child.StandardError.ReadToEnd();
            Assert.True(child.WaitForExit(60000));

            Assert.True(child.ExitCode == 1, output + errors);
            Assert.Contains("engine bound to: " + Path.GetFullPath(foreign), output);
            Assert.Contains(AwsSdkCoreIdentity.Reason, output);
            Assert.Contains(Path.GetFullPath(foreign), output);
            Assert.Contains("ImportExport cannot use its own", output); // the advice for a Windows PowerShell session is the cmdlet layer's (ErrorCatalogue)
        }
    }
}
