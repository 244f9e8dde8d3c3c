using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Text;
using ImportExport.Inventory;

namespace ImportExport.PowerShell
{
    /// <summary>
    /// Finds inventory files for -Path (wildcards) and -LiteralPath, reads and checks them with the one inventory
    /// rule set (<see cref="InventoryChecker"/>, the emulator's too). A path that names no file is an error record
    /// for that path; the other paths go on. A file read with -Encoding is turned into UTF-8 first: what is
    /// checked is what is uploaded.
    /// </summary>
    internal static class InventoryInput
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

        /// <summary>The file-system paths <paramref name="paths"/> name, or error records for those that name none (see <see cref="ProviderPaths"/>).</summary>
        public static List<string> Resolve(PSCmdlet cmdlet, string[] paths, bool literal, string parameter) =>
            ProviderPaths.FilesToRead(cmdlet, paths, literal, parameter, FileKind.ImportFile);

        /// <summary>
        /// Reads and checks <paramref name="file"/>: the check (every problem naming the file) and the UTF-8 bytes
        /// that were checked, or null after an error record. A file larger than the limit is not read; its check is
        /// the one FileTooLarge problem.
        /// </summary>
        public static InventoryCheck? Load(PSCmdlet cmdlet, string file, Encoding? encoding, out byte[] utf8)
        {
            utf8 = Array.Empty<byte>();
            try
            {
                var length = new FileInfo(file).Length;
                var check = length > InventoryChecker.MaxFileBytes ? InventoryChecker.TooLarge(length) : null;
                if (check == null)
                {
                    var bytes = File.ReadAllBytes(file);
                    utf8 = encoding == null ? bytes : Utf8.GetBytes(encoding.GetString(bytes, Preamble(bytes, encoding), bytes.Length - Preamble(bytes, encoding)));
                    check = InventoryChecker.Check(utf8);
                }

                foreach (var problem in check.Problems)
                {
                    problem.File = file;
                }

                return check;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                cmdlet.WriteError(ErrorCatalogue.FileUnreadable(FileKind.ImportFile, file, ex));
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

        // A byte order mark of the encoding asked for is not text.
        private static int Preamble(byte[] bytes, Encoding encoding)
        {
            var preamble = encoding.GetPreamble();
            if (preamble.Length == 0 || bytes.Length < preamble.Length)
            {
                return 0;
            }

            for (var i = 0; i < preamble.Length; i++)
            {
                if (bytes[i] != preamble[i])
                {
                    return 0;
                }
            }

            return preamble.Length;
        }
    }
}
