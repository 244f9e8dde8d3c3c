using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace ImportExport.PowerShell
{
    /// <summary>Completes -ExportId with the MGN exports this session has started, listed or waited for.</summary>
    public sealed class ExportIdCompleter : IArgumentCompleter
    {
        private static readonly RememberedIds Seen = new RememberedIds();

        /// <summary>Remembers an export for completion, with its status, region and S3 object as the tooltip.</summary>
        public static void Remember(ImportExport.Mgn.ExportTask? export)
        {
            if (export is not null)
            {
                Seen.SetMgnTask("export", export.ExportId, export.Status, export.Region, export.S3Bucket, export.S3Key);
            }
        }

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Seen.Complete(wordToComplete);
    }
}
