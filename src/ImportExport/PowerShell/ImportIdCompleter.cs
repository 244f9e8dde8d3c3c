using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace ImportExport.PowerShell
{
    /// <summary>Completes -ImportId with the MGN imports this session has started, listed or waited for.</summary>
    public sealed class ImportIdCompleter : IArgumentCompleter
    {
        private static readonly RememberedIds Seen = new RememberedIds();

        /// <summary>Remembers an import for completion, with its status, region and S3 source as the tooltip.</summary>
        public static void Remember(ImportExport.Mgn.ImportTask? import)
        {
            if (import is not null)
            {
                Seen.SetMgnTask("import", import.ImportId, import.Status, import.Region, import.S3Bucket, import.S3Key);
            }
        }

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Seen.Complete(wordToComplete);
    }
}
