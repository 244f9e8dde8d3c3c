using System;
using System.Management.Automation;
using ImportExport.Mgn;

namespace ImportExport.PowerShell
{
    /// <summary>The -Timeout and -PollInterval parameters of Wait-MGNImport and Start-MGNImport -Wait, checked once.</summary>
    internal static class ImportWaitParameters
    {
        /// <summary>A poll interval above this is surely a unit mistake (minutes meant as seconds...).</summary>
        public static readonly TimeSpan MaxPollInterval = TimeSpan.FromHours(1);

        public static void Check(Cmdlet cmdlet, TimeSpan? timeout, TimeSpan? pollInterval)
        {
            if (timeout is { } t && t <= TimeSpan.Zero)
            {
                cmdlet.ThrowTerminatingError(ErrorCatalogue.InvalidTimeout(t));
            }

            if (pollInterval is { } p && (p <= TimeSpan.Zero || p > MaxPollInterval))
            {
                cmdlet.ThrowTerminatingError(ErrorCatalogue.InvalidPollInterval(p));
            }
        }

        public static ImportWaitOptions Options(TimeSpan? timeout, TimeSpan? pollInterval) =>
            new ImportWaitOptions { Timeout = timeout, FixedInterval = pollInterval };
    }
}
