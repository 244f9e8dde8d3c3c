using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace ImportExport.PowerShell
{
    /// <summary>Completes -ImportId with the MGN imports this session has started, listed or waited for.</summary>
    public sealed class ImportIdCompleter : IArgumentCompleter
    {
        private static readonly ConcurrentDictionary<string, string> Seen = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Remembers an import for completion, with its status, region and S3 source as the tooltip.</summary>
        public static void Remember(ImportExport.Mgn.ImportTask? import)
        {
            if (import is null || string.IsNullOrEmpty(import.ImportId) || (Seen.Count >= 10000 && !Seen.ContainsKey(import.ImportId!)))
            {
                return;
            }

            Seen[import.ImportId!] = $"{import.Status} import in {import.Region ?? "an unknown region"}: s3://{import.S3Bucket}/{import.S3Key}";
        }

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Completion.Matching(Seen.OrderBy(k => k.Key, StringComparer.Ordinal), wordToComplete);
    }
}
