using System;
using System.Globalization;
using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// The progress bar of one MGN task being waited for (an import or an export): one wording and one way to show the
    /// next look, so that Wait-MGNImport and Wait-MGNExport cannot drift apart.
    /// </summary>
    internal static class WaitProgress
    {
        // noun: "import" or "export"; state: the task's status, or null while the task has not been found.
        public static ProgressRecord Of(int activityId, string noun, string? id, string? state, double? percent, TimeSpan elapsed, TimeSpan? nextCheckIn, bool completed)
        {
            var status = state is null
                ? "not found"
                : string.Format(CultureInfo.InvariantCulture, "{0}, {1:0.#}% after {2:0} s", state, percent ?? 0, elapsed.TotalSeconds);
            var record = new ProgressRecord(activityId, $"Waiting for MGN {noun} {id}", status);
            if (completed)
            {
                record.RecordType = ProgressRecordType.Completed;
                record.PercentComplete = 100;
                return record;
            }

            record.PercentComplete = (int)Math.Max(0, Math.Min(100, Math.Floor(percent ?? 0)));
            if (nextCheckIn is { } next)
            {
                record.CurrentOperation = string.Format(CultureInfo.InvariantCulture, "Next look in {0:0.#} s", next.TotalSeconds);
            }

            return record;
        }
    }
}
