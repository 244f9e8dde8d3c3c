using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
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
        /// <summary>The file-system paths <paramref name="paths"/> name, or error records for those that name none.</summary>
        public static List<string> Resolve(PSCmdlet cmdlet, string[] paths, bool literal, string parameter)
        {
            var files = new List<string>();
            foreach (var path in paths)
            {
                if (literal || !WildcardPattern.ContainsWildcardCharacters(path))
                {
                    var full = cmdlet.GetUnresolvedProviderPathFromPSPath(path);
                    if (Directory.Exists(full))
                    {
                        cmdlet.WriteError(new ErrorRecord(
                            new IOException($"'{full}' is a folder, not an inventory file ({parameter}). Give a .csv file, or the folder's files: Get-ChildItem {path} -Filter *.csv."),
                            "ImportFileIsFolder", ErrorCategory.InvalidArgument, full));
                    }
                    else if (!File.Exists(full))
                    {
                        cmdlet.WriteError(new ErrorRecord(
                            new ItemNotFoundException($"The inventory file '{full}' does not exist ({parameter})."),
                            "ImportFileNotFound", ErrorCategory.ObjectNotFound, full));
                    }
                    else
                    {
                        files.Add(full);
                    }

                    continue;
                }

                Collection<string>? resolved = null;
                try
                {
                    resolved = cmdlet.GetResolvedProviderPathFromPSPath(path, out var provider);
                    if (provider.Name != "FileSystem")
                    {
                        cmdlet.WriteError(new ErrorRecord(
                            new ArgumentException($"'{path}' is not a file-system path ({parameter})."),
                            "ImportFileNotFileSystem", ErrorCategory.InvalidArgument, path));
                        continue;
                    }
                }
                catch (ItemNotFoundException)
                {
                }

                var any = false;
                foreach (var file in resolved ?? new Collection<string>())
                {
                    if (File.Exists(file))
                    {
                        files.Add(file);
                        any = true;
                    }
                }

                if (!any)
                {
                    cmdlet.WriteError(new ErrorRecord(
                        new ItemNotFoundException($"No inventory file matches '{path}' ({parameter})."),
                        "ImportFileNotFound", ErrorCategory.ObjectNotFound, path));
                }
            }

            return files;
        }

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
