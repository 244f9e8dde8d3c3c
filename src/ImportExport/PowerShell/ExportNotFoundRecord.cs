using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>The one error for an MGN export id that the account does not have in the region searched (Get-MGNExport, the waiter).</summary>
    internal static class ExportNotFoundRecord
    {
        public static ErrorRecord Create(string id, string? region)
        {
            var message = string.IsNullOrEmpty(region)
                ? $"MGN export {id} was not found in this account and region."
                : $"MGN export {id} was not found in region {region} of this account.";
            return ErrorCatalogue.Record(new ItemNotFoundException(message), "ExportNotFound", ErrorCategory.ObjectNotFound, id,
                message, "Check the id, -Region and the credentials; Get-MGNExport without -ExportId lists every export of this account and region.");
        }
    }
}
