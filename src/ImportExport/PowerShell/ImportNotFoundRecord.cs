using System.Management.Automation;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// The one error for an MGN import id that the account does not have in the region searched, whether
    /// Get-MGNImport asked for it or Wait-MGNImport was waiting on it: same id, same words, same advice.
    /// </summary>
    internal static class ImportNotFoundRecord
    {
        public static ErrorRecord Create(string id, string? region)
        {
            var message = string.IsNullOrEmpty(region)
                ? $"MGN import {id} was not found in this account and region."
                : $"MGN import {id} was not found in region {region} of this account.";
            return ErrorCatalogue.Record(new ItemNotFoundException(message), "ImportNotFound", ErrorCategory.ObjectNotFound, id,
                message, "Check the id, -Region and the credentials; Get-MGNImport without -ImportId lists every import of this account and region.");
        }
    }
}
