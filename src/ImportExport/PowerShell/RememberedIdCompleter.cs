using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// A completer of ids the session has seen (-JobId, -ImportId, -ExportId): each subclass names its store of
    /// <see cref="RememberedIds"/>, and this offers the ones that start with what was typed, with their tooltips.
    /// </summary>
    public abstract class RememberedIdCompleter : IArgumentCompleter
    {
        private readonly RememberedIds _seen;

        private protected RememberedIdCompleter(RememberedIds seen) => _seen = seen;

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            _seen.Complete(wordToComplete);
    }
}
