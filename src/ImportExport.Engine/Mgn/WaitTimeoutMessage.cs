using System;
using System.Globalization;

namespace ImportExport.Mgn
{
    /// <summary>The one wording of a wait for an import or an export that the timeout ended.</summary>
    internal static class WaitTimeoutMessage
    {
        /// <summary>
        /// What a wait for MGN <paramref name="noun"/> (import, export) <paramref name="id"/> saw when its timeout passed:
        /// its last <paramref name="status"/> and progress, or, when no look answered (<paramref name="status"/> null),
        /// that the request in flight was cancelled.
        /// </summary>
        public static string For(string noun, string id, string? status, double? percent, TimeSpan timeout) =>
            status is null
                ? string.Format(CultureInfo.InvariantCulture, "No answer about MGN {0} {1} came within {2}; the request in flight was cancelled.", noun, id, Describe(timeout))
                : string.Format(CultureInfo.InvariantCulture, "MGN {0} {1} was still {2} ({3:0.#}%) after {4}.", noun, id, status, percent ?? 0, Describe(timeout));

        private static string Describe(TimeSpan timeout) =>
            timeout.TotalSeconds < 120
                ? timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " seconds"
                : timeout.ToString("c", CultureInfo.InvariantCulture);
    }
}
