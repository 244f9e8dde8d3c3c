using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using ImportExport.Inventory;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Finds inventory files for -Path (wildcards) and -LiteralPath, reads and checks them with the one inventory
    /// rule set (<see cref="InventoryChecker"/>, the emulator's too). A path that names no file is an error record
    /// for that path; the other paths go on.
    /// </summary>
    internal static class InventoryInput
    {
        /// <summary>The file-system paths <paramref name="paths"/> name, or error records for those that name none (see <see cref="ProviderPaths"/>).</summary>
        public static List<string> Resolve(PSCmdlet cmdlet, string[] paths, bool literal, string parameter) =>
            ProviderPaths.FilesToRead(cmdlet, paths, literal, parameter, "inventory file", "ImportFile");

        /// <summary>The file's bytes, or an error record and null.</summary>
        public static byte[]? Read(PSCmdlet cmdlet, string file)
        {
            try
            {
                return File.ReadAllBytes(file);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                cmdlet.WriteError(new ErrorRecord(
                    new IOException($"The inventory file '{file}' cannot be read: {ex.Message}", ex),
                    "ImportFileUnreadable", ErrorCategory.ReadError, file));
                return null;
            }
        }

        /// <summary>Checks the bytes of <paramref name="file"/>; every problem names the file.</summary>
        public static InventoryCheck Check(string file, byte[] bytes)
        {
            var check = InventoryChecker.Check(bytes);
            foreach (var problem in check.Problems)
            {
                problem.File = file;
            }

            return check;
        }
    }
}
