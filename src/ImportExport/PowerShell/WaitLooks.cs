using System.Globalization;
using System.Management.Automation;
using ImportExport.Mgn;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// The verbose lines (and the warning) of the looks of a wait for MGN tasks, imports or exports: one wording, so that
    /// Wait-MGNImport, Wait-MGNExport and the commands that wait cannot drift apart.
    /// </summary>
    internal static class WaitLooks
    {
        /// <summary>A look at a running task: its state and when the next look is. <paramref name="noun"/>: "import" or "export".</summary>
        public static void Running(Cmdlet cmdlet, string noun, string id, string? status, double? percent, System.TimeSpan elapsed, System.TimeSpan? nextCheckIn) =>
            cmdlet.WriteVerbose(string.Format(
                CultureInfo.InvariantCulture,
                "{0} {1}: {2} {3:0.#}% after {4:0.#} s; next look in {5:0.#} s.",
                Capitalised(noun),
                id,
                status,
                percent ?? 0,
                elapsed.TotalSeconds,
                nextCheckIn?.TotalSeconds ?? 0));

        /// <summary>
        /// A look that failed (<paramref name="operation"/>: ListImports, ListExports) is a verbose line, and a few in a row
        /// a warning: a wait must not sit silent while its endpoint is down. The failure that ends the wait is the command's error.
        /// </summary>
        public static void Failed<TTask>(Cmdlet cmdlet, string noun, string operation, TaskWaitEvent<TTask> report, ImportWaitOptions options)
            where TTask : class
        {
            cmdlet.WriteVerbose(string.Format(
                CultureInfo.InvariantCulture,
                "{0}(s) {1}: {2} failed ({3}), {4} look(s) in a row; next look in {5:0.#} s.",
                Capitalised(noun),
                report.Id,
                operation,
                report.FailureSummary,
                report.FailedLooks,
                report.NextCheckIn?.TotalSeconds ?? 0));
            if (report.FailedLooks != TaskWaiter<TTask>.FailedLooksBeforeWarning)
            {
                return;
            }

            var until = options.Timeout is { } timeout
                ? string.Format(CultureInfo.InvariantCulture, "until -Timeout ({0:0.#} s) passes", timeout.TotalSeconds)
                : string.Format(CultureInfo.InvariantCulture, "for up to {0} failed looks in a row", TaskWaiter<TTask>.MaxFailedLooksWithoutTimeout);
            cmdlet.WriteWarning(string.Format(
                CultureInfo.InvariantCulture,
                "Could not look at MGN {0}(s) {1} {2} times in a row (last: {3}). Still waiting, {4}; an endpoint that cannot be reached at all ends the wait after {5} looks.",
                noun,
                report.Id,
                report.FailedLooks,
                report.FailureSummary,
                until,
                TaskWaiter<TTask>.MaxUnreachableLooks));
        }

        private static string Capitalised(string noun) => char.ToUpperInvariant(noun[0]) + noun.Substring(1);
    }
}
