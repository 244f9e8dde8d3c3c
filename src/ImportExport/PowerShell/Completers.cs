using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace ImportExport.PowerShell
{
    /// <summary>Completes -Region with the AWS region names AWSSDK.Core knows.</summary>
    public sealed class RegionCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Completion.Matching(ImportExport.Runtime.AwsRegions.Names, wordToComplete);
    }

    /// <summary>Completes -JobId with the ids of jobs this session has created, listed or looked at.</summary>
    public sealed class JobIdCompleter : IArgumentCompleter
    {
        private static readonly ConcurrentDictionary<string, byte> Seen = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);

        /// <summary>Remembers a job id for completion (cmdlets call this for every job they output).</summary>
        public static void Remember(string? jobId)
        {
            if (!string.IsNullOrEmpty(jobId) && Seen.Count < 10000)
            {
                Seen.TryAdd(jobId!, 0);
            }
        }

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Completion.Matching(Seen.Keys.OrderBy(k => k, StringComparer.Ordinal), wordToComplete);
    }

    internal static class Completion
    {
        public static IEnumerable<CompletionResult> Matching(IEnumerable<string> values, string? wordToComplete)
        {
            var prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return values
                .Where(v => v.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(v => new CompletionResult(v, v, CompletionResultType.ParameterValue, v));
        }
    }
}
