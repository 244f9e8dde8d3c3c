using System.Management.Automation;
using ImportExport.Mgn;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// -ImportArn of Get-MGNImport, Get-MGNImportError and Wait-MGNImport: given alone it names the import (its id)
    /// as well as where it lives (its region), so `-ImportArn arn:aws:mgn:eu-west-1:...:import/import-...` is the
    /// import, wherever the session's region is. Given with -ImportId (an import piped on) it only says the region.
    /// </summary>
    internal static class ImportArnInput
    {
        /// <summary>
        /// As <see cref="Ids"/> for a cmdlet that needs an import: with neither -ImportId nor -ImportArn the command
        /// stops with MissingImportId. (One of two parameters, so PowerShell's mandatory prompt cannot ask for it.)
        /// </summary>
        public static string[] Required(PSCmdlet cmdlet, string[]? importIds, string? importArn)
        {
            if (importIds is not { Length: > 0 } && string.IsNullOrEmpty(importArn))
            {
                cmdlet.ThrowTerminatingError(ErrorCatalogue.MissingImportId(cmdlet.MyInvocation.MyCommand.Name));
            }

            return Ids(cmdlet, importIds, importArn);
        }

        /// <summary>
        /// The ids to use: <paramref name="importIds"/> when there are any, else the id in <paramref name="importArn"/>.
        /// An ARN that names no MGN import is an InvalidImportArn error (non-terminating, target the ARN) and no id.
        /// </summary>
        public static string[] Ids(Cmdlet cmdlet, string[]? importIds, string? importArn)
        {
            if (importIds is { Length: > 0 } || importArn is null)
            {
                return importIds ?? System.Array.Empty<string>();
            }

            var id = ImportTask.IdOf(importArn);
            if (id is not null && MgnTaskIds.Is(id, "import"))
            {
                return new[] { id };
            }

            cmdlet.WriteError(ErrorCatalogue.InvalidImportArn(importArn));
            return System.Array.Empty<string>();
        }
    }
}
