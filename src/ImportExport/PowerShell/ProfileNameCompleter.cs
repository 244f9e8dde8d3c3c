using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using ImportExport.Runtime;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Completes -ProfileName with the profiles of both shared files as they are now: the sections of the credentials
    /// file (or of -ProfileLocation, when it is already on the command line) and [profile x] / [default] of the config file.
    /// </summary>
    public sealed class ProfileNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var location = fakeBoundParameters?["ProfileLocation"] as string;
            try
            {
                var names = SharedProfiles.Load(location).ProfileNames();
                return Completion.Matching(names, wordToComplete).Select(Quoted);
            }
            catch (CredentialResolutionException)
            {
                // A missing or malformed file has no names to offer; the command itself will say what is wrong.
                return Enumerable.Empty<CompletionResult>();
            }
        }

        // A profile name may hold spaces: complete it quoted so the command line stays one argument.
        private static CompletionResult Quoted(CompletionResult result) =>
            result.CompletionText.IndexOfAny(new[] { ' ', '\'', '$', '`', ';', '(', ')' }) < 0
                ? result
                : new CompletionResult("'" + result.CompletionText.Replace("'", "''") + "'", result.ListItemText, result.ResultType, result.ToolTip);
    }
}
