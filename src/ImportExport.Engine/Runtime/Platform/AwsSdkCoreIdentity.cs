using System;
using System.Collections.Generic;
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

        /// <summary>The particulars of a conflict: the AWSSDK.Core that was loaded, the assembly version both share, ours.</summary>
        public const string LoadedFile = "Loaded", SharedVersion = "Version", StagedFile = "Staged";

        private static readonly Lazy<ServiceConfigurationException?> Problem = new Lazy<ServiceConfigurationException?>(Check, LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>
        /// Null when <paramref name="loaded"/> is our build (same file, or same assembly and file version and, when
        /// both are known, the same MVID); otherwise the failure, with both files as its particulars (the cmdlet layer
        /// says what to do about it in PowerShell's words). No staged copy: nothing to compare.
        /// </summary>
        public static ServiceConfigurationException? Conflict(AssemblyFacts loaded, AssemblyFacts? staged)
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

            var particulars = new Dictionary<string, string>
            {
                [LoadedFile] = loaded.ToString(),
                [SharedVersion] = loaded.Version?.ToString() ?? string.Empty,
                [StagedFile] = staged.ToString(),
            };
            return new ServiceConfigurationException(
                Reason,
                $"AWSSDK.Core {loaded} was loaded before ImportExport's own AWSSDK.Core {staged}, with the same assembly version {loaded.Version}: ImportExport cannot use its own.",
                particulars: particulars);
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
                throw new ServiceConfigurationException(problem.Reason, problem.Message, particulars: problem.Particulars);
            }
        }

        /// <summary>The conflict of the AWSSDK.Core this engine is bound to, or null.</summary>
        // Touches nothing of AWSSDK.Core but its Assembly object, which every release has.
        [MethodImpl(MethodImplOptions.NoInlining)]
        internal static ServiceConfigurationException? Check()
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
