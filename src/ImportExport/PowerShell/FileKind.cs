namespace ImportExport.PowerShell
{
    /// <summary>
    /// A kind of file a cmdlet reads or writes: the noun its messages use ("manifest file") and the prefix of its
    /// error ids (ManifestFile gives ManifestFileNotFound, ManifestFileExists ...; see <see cref="ErrorIds"/>).
    /// </summary>
    internal sealed class FileKind
    {
        /// <summary>An MGN inventory file read or written by the user (Start-MGNImport, New-MGNImportFile, -SourcePath).</summary>
        public static readonly FileKind ImportFile = new FileKind("inventory file", "ImportFile");

        /// <summary>An MGN export downloaded to a file (Export-MGNInventory).</summary>
        public static readonly FileKind InventoryFile = new FileKind("inventory file", "InventoryFile");

        /// <summary>An MGN export compared against (-ReferencePath).</summary>
        public static readonly FileKind ReferenceFile = new FileKind("export file", "ReferenceFile");

        /// <summary>The failed rows of an MGN import (Export-MGNImportFailedRow).</summary>
        public static readonly FileKind FailedRowFile = new FileKind("failed-row file", "FailedRowFile");

        /// <summary>An Import/Export manifest.</summary>
        public static readonly FileKind ManifestFile = new FileKind("manifest file", "ManifestFile", ErrorIds.ManifestFileWriteFailed);

        /// <summary>A shipping label (Get-IEShippingLabel).</summary>
        public static readonly FileKind Label = new FileKind("label file", "Label", ErrorIds.LabelWriteFailed);

        private FileKind(string noun, string idPrefix, string? unwritableId = null)
        {
            Noun = noun;
            IdPrefix = idPrefix;
            UnwritableId = unwritableId ?? idPrefix + ErrorIds.UnwritableSuffix;
        }

        /// <summary>What the file is, in messages.</summary>
        public string Noun { get; }

        /// <summary>The start of the error ids of this kind of file.</summary>
        public string IdPrefix { get; }

        /// <summary>The error id of a write that failed (older ids kept for scripts that match on them).</summary>
        public string UnwritableId { get; }

        public override string ToString() => IdPrefix;
    }
}
