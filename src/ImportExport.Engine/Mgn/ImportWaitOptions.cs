using System;
using System.Collections.Generic;

namespace ImportExport.Mgn
{
    /// <summary>How often to look at imports while waiting, and for how long.</summary>
    public sealed class ImportWaitOptions
    {
        /// <summary>The first pause between two looks (default 1 s).</summary>
        public TimeSpan InitialInterval { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Each pause is this many times the previous one (default 1.5).</summary>
        public double BackoffFactor { get; set; } = 1.5;

        /// <summary>The longest pause (default 15 s): imports take minutes, and a finished one should not wait long to be seen.</summary>
        public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(15);

        /// <summary>A fixed pause instead of the backoff (-PollInterval).</summary>
        public TimeSpan? FixedInterval { get; set; }

        /// <summary>Give up after this long (null: wait until every import has ended).</summary>
        public TimeSpan? Timeout { get; set; }

        /// <summary>The pauses between looks, in order: the backoff (or the fixed interval), without the timeout's cut.</summary>
        public IEnumerable<TimeSpan> Intervals()
        {
            if (FixedInterval is { } fixedInterval)
            {
                while (true)
                {
                    yield return fixedInterval;
                }
            }

            var next = InitialInterval;
            while (true)
            {
                yield return next;
                var grown = TimeSpan.FromTicks((long)Math.Min(next.Ticks * BackoffFactor, MaxInterval.Ticks));
                next = grown < next ? next : grown;
            }
        }
    }
}
