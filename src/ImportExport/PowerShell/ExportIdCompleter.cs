using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace ImportExport.PowerShell
{
    /// <summary>Completes -ExportId with the MGN exports this session has started, listed or waited for.</summary>
    public sealed class ExportIdCompleter : IArgumentCompleter
    {
        private static readonly ConcurrentDictionary<string, string> Seen = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Remembers an export for completion, with its status, region and S3 object as the tooltip.</summary>
        public static void Remember(ImportExport.Mgn.ExportTask? export)
        {
            if (export is null || string.IsNullOrEmpty(export.ExportId) || (Seen.Count >= 10000 && !Seen.ContainsKey(export.ExportId!)))
            {
                return;
            }

            Seen[export.ExportId!] = $"{export.Status} export in {export.Region ?? "an unknown region"}: s3://{export.S3Bucket}/{export.S3Key}";
        }

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Completion.Matching(Seen.OrderBy(k => k.Key, StringComparer.Ordinal), wordToComplete);
    }
}
