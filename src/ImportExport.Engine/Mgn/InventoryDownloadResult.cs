namespace ImportExport.Mgn
{
    /// <summary>What <see cref="InventoryExportDownload"/> wrote: the file, the export it came from, and how the bytes were verified.</summary>
    public sealed class InventoryDownloadResult
    {
        public InventoryDownloadResult(string path, ExportTask export, long length, string? verifiedBy, string sha256)
        {
            Path = path;
            Export = export;
            Length = length;
            VerifiedBy = verifiedBy;
            Sha256 = sha256;
        }

        /// <summary>The full path of the file written.</summary>
        public string Path { get; }

        /// <summary>The export's final (SUCCEEDED) state.</summary>
        public ExportTask Export { get; }

        /// <summary>The file's size in bytes.</summary>
        public long Length { get; }

        /// <summary>
        /// What verified the bytes against S3 ("CRC32", "CRC32C", "SHA1", "SHA256", or "MD5" for a plain upload's
        /// ETag); null when S3 sent no checksum the module computes (only the length was checked then).
        /// </summary>
        public string? VerifiedBy { get; }

        /// <summary>The SHA-256 (lowercase hex) of the file as written, read back from disk.</summary>
        public string Sha256 { get; }
    }
}
