using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Windows PowerShell 5.1 has one load context: AWSSDK.Core 4.0.0.0 can be loaded once per session, and AWS
    /// Tools V5 ships an assembly of that same identity. Whichever file loads first then serves both modules, and
    /// the engine uses AWSSDK.Core's Amazon.Runtime.Internal extension points, so another release fails with a raw
    /// MissingMethodException or TypeLoadException in the middle of a call. Before the first client is built on
    /// .NET Framework, the AWSSDK.Core the engine is bound to is compared with the one staged beside it; if it is
    /// another build, the command fails with a message that names both files and says what to do.
    /// (AWS Tools V4's AWSSDK.Core is assembly 3.3.0.0: a different identity, which loads side by side with ours.)
    /// </summary>
    internal static class AwsSdkCoreIdentity
    {
        public const string Reason = FailureCodes.AwsSdkCoreConflict;

        private static readonly Lazy<string?> Problem = new Lazy<string?>(Check, LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>
        /// Null when <paramref name="loaded"/> is our build (same file, or same assembly and file version and, when
        /// both are known, the same MVID); otherwise the message for the user. No staged copy: nothing to compare.
        /// </summary>
        public static string? Conflict(AssemblyFacts loaded, AssemblyFacts? staged)
        {
            if (staged is null)
            {
                return null;
            }

            if (loaded.Location is not null && staged.Location is not null
                && string.Equals(Path.GetFullPath(loaded.Location), Path.GetFullPath(staged.Location), StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var sameBuild = Equals(loaded.Version, staged.Version)
                && loaded.FileVersion is not null && string.Equals(loaded.FileVersion, staged.FileVersion, StringComparison.Ordinal)
                && (loaded.Mvid is null || staged.Mvid is null || loaded.Mvid == staged.Mvid);
            if (sameBuild)
            {
                return null;
            }

            return $"ImportExport cannot run in this session: another module loaded AWSSDK.Core {loaded} before ImportExport, " +
                   $"and Windows PowerShell holds only one AWSSDK.Core {loaded.Version} per session, so ImportExport cannot use its own " +
                   $"AWSSDK.Core {staged}. Start a new Windows PowerShell session and run an ImportExport command before any command " +
                   "of the other module (AWS.Tools V5 uses the same AWSSDK.Core identity), or use PowerShell 7, where both load side by side.";
        }

        /// <summary>On .NET Framework, throws <see cref="ServiceConfigurationException"/> when the loaded AWSSDK.Core is not ours. Checked once.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void EnsureOurs(bool desktop)
        {
            if (!desktop)
            {
                return;
            }

            var problem = Problem.Value;
            if (problem is not null)
            {
                throw new ServiceConfigurationException(Reason, problem);
            }
        }

        /// <summary>The conflict message for the AWSSDK.Core this engine is bound to, or null.</summary>
        // Touches nothing of AWSSDK.Core but its Assembly object, which every release has.
        [MethodImpl(MethodImplOptions.NoInlining)]
        internal static string? Check()
        {
            try
            {
                var loaded = AssemblyFacts.Of(typeof(Amazon.Runtime.AWSCredentials).Assembly);
                var directory = Path.GetDirectoryName(typeof(AwsSdkCoreIdentity).Assembly.Location);
                return string.IsNullOrEmpty(directory) ? null : Conflict(loaded, AssemblyFacts.OfFile(Path.Combine(directory, "AWSSDK.Core.dll")));
            }
            catch (Exception)
            {
                // A check that cannot run must not stop a session that may well work.
                return null;
            }
        }
    }
}
