using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace ImportExport.PowerShell
{
    internal static class Completion
    {
        public static IEnumerable<CompletionResult> Matching(IEnumerable<string> values, string? wordToComplete)
        {
            var prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return values
                .Where(v => v.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(v => new CompletionResult(v, v, CompletionResultType.ParameterValue, v));
        }

        /// <summary>Values with their tooltips.</summary>
        public static IEnumerable<CompletionResult> Matching(IEnumerable<KeyValuePair<string, string>> values, string? wordToComplete)
        {
            var prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return values
                .Where(v => v.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(v => new CompletionResult(v.Key, v.Key, CompletionResultType.ParameterValue, v.Value));
        }
    }
}
