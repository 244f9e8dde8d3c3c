using System.Collections;
using System.Collections.Generic;
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
}
