using ImportExport.Mgn;

namespace ImportExport.PowerShell
{
    /// <summary>The two kinds of MGN task the module lists and waits for, each named once.</summary>
    internal static class MgnTaskKinds
    {
        public static readonly MgnTaskKind<ImportTask> Import = new MgnTaskKind<ImportTask>(
            "import", "ListImports", ErrorCatalogue.ImportNotFound, t => t.ImportId, t => t.Status, t => t.ProgressPercentage, t => (t.Region, t.S3Bucket, t.S3Key));

        public static readonly MgnTaskKind<ExportTask> Export = new MgnTaskKind<ExportTask>(
            "export", "ListExports", ErrorCatalogue.ExportNotFound, t => t.ExportId, t => t.Status, t => t.ProgressPercentage, t => (t.Region, t.S3Bucket, t.S3Key));
    }
}
