using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// The ids of one kind (jobs, MGN imports, MGN exports) that this session has seen, each with the tooltip its
    /// completer shows: the one store behind <see cref="JobIdCompleter"/>, <see cref="ImportIdCompleter"/> and
    /// <see cref="ExportIdCompleter"/>, so they remember, bound and offer ids the same way.
    /// </summary>
    internal sealed class RememberedIds
    {
        // A session that lists a huge account must not grow without bound; ids already known still get fresh tooltips.
        private const int Most = 10000;

        private readonly ConcurrentDictionary<string, string> _seen = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Remembers <paramref name="id"/>, its tooltip the id itself; a tooltip it already has is kept.</summary>
        public void Add(string? id)
        {
            if (Admits(id))
            {
                _seen.TryAdd(id!, id!);
            }
        }

        /// <summary>Remembers <paramref name="id"/> with <paramref name="tooltip"/>, replacing what it had.</summary>
        public void Set(string? id, string tooltip)
        {
            if (Admits(id))
            {
                _seen[id!] = tooltip;
            }
        }

        /// <summary>
        /// Remembers an MGN task (<paramref name="noun"/>: "import" or "export") with its status, region and S3 object as
        /// the tooltip: "SUCCEEDED import in eu-west-1: s3://bucket/key".
        /// </summary>
        public void SetMgnTask(string noun, string? id, string? status, string? region, string? s3Bucket, string? s3Key)
        {
            if (Admits(id))
            {
                _seen[id!] = $"{status} {noun} in {region ?? "an unknown region"}: s3://{s3Bucket}/{s3Key}";
            }
        }

        /// <summary>The remembered ids that start with <paramref name="wordToComplete"/>, in ordinal order.</summary>
        public IEnumerable<CompletionResult> Complete(string? wordToComplete) =>
            Completion.Matching(_seen.OrderBy(k => k.Key, StringComparer.Ordinal), wordToComplete);

        private bool Admits(string? id) => !string.IsNullOrEmpty(id) && (_seen.Count < Most || _seen.ContainsKey(id!));
    }
}
