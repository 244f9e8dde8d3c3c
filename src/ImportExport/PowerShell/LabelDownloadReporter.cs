using System;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Turns the byte counts of a label download (<see cref="ImportExport.Runtime.LabelDownloader"/>) into one progress
    /// bar: "Connecting", then "n of m bytes" (or "n bytes" without a length), at most every 200 ms and always at the
    /// end, and completed when the download ends either way. Get-IEShippingLabel -OutFile/-OutDirectory uses it, as
    /// Wait-MGNImport uses <see cref="ImportWaitReporter"/>.
    /// </summary>
    internal sealed class LabelDownloadReporter
    {
        // Away from 0 (which other commands tend to use) and from the import and export waits' ids.
        private const int ActivityId = 7000;

        // A console redraw per 80 KB chunk would slow a fast download.
        private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

        private readonly Cmdlet _cmdlet;
        private readonly string _activity;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private string _status = "Connecting";
        private TimeSpan? _lastReport;

        public LabelDownloadReporter(Cmdlet cmdlet, string activity)
        {
            _cmdlet = cmdlet;
            _activity = activity;
        }

        /// <summary>The downloader's progress callback; it calls it on the cmdlet's thread, so writing progress is allowed.</summary>
        public void Report(long received, long? total)
        {
            if (_lastReport is { } last && _clock.Elapsed - last < Interval && received != total)
            {
                return;
            }

            _lastReport = _clock.Elapsed;
            _status = total is { } length
                ? string.Format(CultureInfo.InvariantCulture, "{0:N0} of {1:N0} bytes", received, length)
                : string.Format(CultureInfo.InvariantCulture, "{0:N0} bytes", received);

            // A new record each time: the progress stream keeps the records it is given.
            _cmdlet.WriteProgress(new ProgressRecord(ActivityId, _activity, _status)
            {
                PercentComplete = total is { } all && all > 0 ? (int)Math.Min(100, received * 100 / all) : -1,
            });
        }

        /// <summary>Ends the bar, with the last status it showed.</summary>
        public void Complete() =>
            _cmdlet.WriteProgress(new ProgressRecord(ActivityId, _activity, _status) { RecordType = ProgressRecordType.Completed });
    }
}
