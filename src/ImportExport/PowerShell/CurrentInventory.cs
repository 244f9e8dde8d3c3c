using System;
using System.Management.Automation;
using ImportExport.Inventory;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// The inventory Compare-MGNImportFile compares a file against: an MGN export read into the shared model, with the
    /// account and region the import would run as. An export that cannot be read, or that is of another region than
    /// -Region, stops the command: no file can be compared without it.
    /// </summary>
    internal sealed class CurrentInventory
    {
        private CurrentInventory(InventoryModel model, string? accountId, string region)
        {
            Model = model;
            AccountId = accountId;
            Region = region;
        }

        public InventoryModel Model { get; }

        /// <summary>The account the export is of; null when it has no rows (and no other source named it).</summary>
        public string? AccountId { get; }

        public string Region { get; }

        /// <summary>
        /// Reads the export at <paramref name="path"/> (-ReferencePath, taken as written); null after an error record.
        /// <paramref name="region"/> is -Region when given: the export must be of it.
        /// </summary>
        public static CurrentInventory? FromReference(PSCmdlet cmdlet, string path, string? region)
        {
            var file = ProviderPaths.FileToRead(cmdlet, path, literal: true, "-ReferencePath", FileKind.ReferenceFile);
            var check = file is null ? null : InventoryInput.Load(cmdlet, file, null, out _);
            return check is null ? null : FromExport(cmdlet, file!, check, region, null, "-ReferencePath");
        }

        /// <summary>
        /// The export <paramref name="check"/> (read from <paramref name="source"/>) as the current inventory.
        /// <paramref name="accountId"/>: the account when known otherwise (the export's ARN), for an export without rows.
        /// </summary>
        public static CurrentInventory FromExport(PSCmdlet cmdlet, string source, InventoryCheck check, string? region, string? accountId, string parameter)
        {
            var reference = InventoryReference.Read(check);
            if (reference.Problem != null)
            {
                cmdlet.ThrowTerminatingError(ErrorCatalogue.ReferenceNotAnExport(parameter, source, reference.Problem));
            }

            if (reference.Region != null && region != null && !string.Equals(reference.Region, region, StringComparison.Ordinal))
            {
                cmdlet.ThrowTerminatingError(ErrorCatalogue.ReferenceRegionMismatch(parameter, source, reference.Region, region));
            }

            var inRegion = reference.Region ?? region;
            if (inRegion == null)
            {
                cmdlet.ThrowTerminatingError(ErrorCatalogue.ReferenceWithoutRegion(parameter, source));
            }

            return new CurrentInventory(reference.Model, reference.AccountId ?? accountId, inRegion!);
        }
    }
}
