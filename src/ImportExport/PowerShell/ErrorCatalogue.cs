using System;
using System.Management.Automation;
using ImportExport.Runtime;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// The module's words for failures, in one place: the engine reports a failure as a code and facts
    /// (<see cref="ServiceFailure"/>); the message, the advice a PowerShell user reads (which parameter, which command,
    /// which PowerShell), the error id (<see cref="ErrorIds"/>) and the category are chosen here, one small file per
    /// area (ErrorCatalogue.Service.cs, .Credentials.cs, .Files.cs, .Parameters.cs, .Binding.cs, .Manifest.cs, .Jobs.cs,
    /// .Tasks.cs, .Inventory.cs, .FailedRows.cs, .Exports.cs). Cmdlets call a named factory (<c>ErrorCatalogue.FileUnwritable(...)</c>) and hold no sentence
    /// of an error; every <see cref="ErrorRecord"/> of the module is built by <see cref="Record"/>, and a meta-test
    /// (WordingLayerTests) fails when one is built, or Record is called, anywhere else.
    /// </summary>
    internal static partial class ErrorCatalogue
    {
        /// <summary>The one way the module builds an ErrorRecord: the error id, category and target, and the words a user reads when they differ from the exception's.</summary>
        public static ErrorRecord Record(Exception exception, string errorId, ErrorCategory category, object? target, string? details = null, string? recommendedAction = null)
        {
            var record = new ErrorRecord(exception, errorId, category, target);
            if (details is not null || recommendedAction is not null)
            {
                record.ErrorDetails = new ErrorDetails(details ?? exception.Message) { RecommendedAction = recommendedAction };
            }

            return record;
        }
    }
}
